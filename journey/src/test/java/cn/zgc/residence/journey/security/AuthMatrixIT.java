package cn.zgc.residence.journey.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.journey.RunningSet;
import cn.zgc.residence.journey.RunningSet.App;
import cn.zgc.residence.journey.security.ApiDocument.Operation;
import cn.zgc.residence.testsupport.Tokens;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation under /api/v1 of the gateway's merged OpenAPI document, called by every kind of caller, through
 * the gateway and directly against the owning service. Expectations come from the document: the roles of an
 * operation are the scopes of its bearer requirement; `{id}` under assessments, dossiers and invoices belongs to the
 * partner who created it. An operation that names no role fails the matrix.
 */
class AuthMatrixIT {

    enum Caller {
        NONE, EXPIRED, BAD_SIGNATURE, OTHER_AUDIENCE, OWNER, STRANGER, COMMITTEE, IMMIGRATION, RETIRED_OFFICER
    }

    private static RunningSet set;
    private static Fixtures fixtures;
    private static ApiDocument merged;

    @BeforeAll
    static void start() {
        set = RunningSet.get();
        merged = ApiDocument.merged(set.gatewayUrl());
        fixtures = Fixtures.get();
    }

    @Test
    void theMergedDocumentHoldsExactlyTheServicesOperationsEachWithItsRoles() {
        TreeSet<String> ofServices = new TreeSet<>();
        for (App app : services()) {
            ApiDocument.ofService(set.url(app)).operations().forEach(op -> ofServices.add(op.key() + " " + op.roles()));
        }
        TreeSet<String> ofGateway = merged.operations().stream().map(op -> op.key() + " " + op.roles())
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(ofGateway).isEqualTo(ofServices);
        assertThat(merged.operations()).as("operations naming no role").filteredOn(op -> op.roles().isEmpty())
                .isEmpty();
    }

    @Test
    void everyOperationThroughTheGatewayAnswersEachCallerAsItsRolesAndOwnershipSay() {
        List<String> failures = run("gateway", merged.operations(), op -> set.gatewayUrl());
        assertThat(failures).as("cells that differ from the expectation").isEmpty();
    }

    @Test
    void everyServiceProtectsItselfWithoutTheGateway() {
        List<String> failures = new ArrayList<>();
        for (App app : services()) {
            ApiDocument own = ApiDocument.ofService(set.url(app));
            failures.addAll(run(app.module(), own.operations(),
                    op -> set.url(app)));
        }
        assertThat(failures).as("cells that differ from the expectation").isEmpty();
    }

    private static List<App> services() {
        return List.of(App.ELIGIBILITY, App.DOCUMENTS, App.FEES, App.OFFICES, App.NOTIFICATIONS);
    }

    private List<String> run(String via, List<Operation> operations, Function<Operation, String> base) {
        List<String> failures = new ArrayList<>();
        StringBuilder table = new StringBuilder("\nAuth matrix via " + via + " (expected in brackets where different)\n");
        table.append(String.format("%-72s", "operation [roles]"));
        for (Caller caller : Caller.values()) {
            table.append(String.format("%-16s", caller.name().toLowerCase()));
        }
        table.append('\n');
        for (Operation op : operations) {
            if (op.roles().isEmpty()) {
                failures.add(op.key() + ": the document names no role for it (annotate it with @RolesAllowed)");
            }
            Map<Caller, String> row = new EnumMap<>(Caller.class);
            for (Caller caller : Caller.values()) {
                String url = base.apply(op) + fixtures.target(op);
                Expected expected = expected(op, caller, url);
                JsonNode body = fixtures.body(op);
                HttpResponse<String> response;
                try {
                    response = Http.send(op.method(), url, token(caller),
                            body == null ? null : ApiDocument.JSON.writeValueAsBytes(body), fixtures.headers(op));
                } catch (Exception e) {
                    failures.add(op.key() + " x " + caller + ": " + e);
                    row.put(caller, "ERR");
                    continue;
                }
                String problem = expected.check(response, fixtures, url);
                row.put(caller, response.statusCode() + (problem == null ? "" : " [" + expected + "]"));
                if (problem != null) {
                    failures.add(via + ": " + op.key() + " x " + caller + ": expected " + expected + ", got "
                            + response.statusCode() + " " + problem + " " + abbreviate(response.body()));
                }
            }
            table.append(String.format("%-72s", op.key() + " " + op.roles()));
            row.values().forEach(cell -> table.append(String.format("%-16s", cell)));
            table.append('\n');
        }
        System.out.println(table);
        return failures;
    }

    private String token(Caller caller) {
        return switch (caller) {
            case NONE -> null;
            case EXPIRED -> Tokens.expired(fixtures.owner);
            case BAD_SIGNATURE -> Tokens.badSignature(fixtures.owner);
            case OTHER_AUDIENCE -> Tokens.otherAudience(fixtures.owner);
            case OWNER -> fixtures.ownerToken;
            case STRANGER -> fixtures.strangerToken;
            case COMMITTEE -> fixtures.committeeToken;
            case IMMIGRATION -> fixtures.immigrationToken;
            case RETIRED_OFFICER -> Tokens.officer("officer-retired");
        };
    }

    private Expected expected(Operation op, Caller caller, String url) {
        return switch (caller) {
            case NONE, EXPIRED, BAD_SIGNATURE, OTHER_AUDIENCE -> Expected.UNAUTHORIZED;
            case OWNER -> op.roles().contains("partner") ? Expected.REACHED : Expected.FORBIDDEN;
            case STRANGER -> !op.roles().contains("partner") ? Expected.FORBIDDEN
                    : fixtures.ownedPath(op) ? Expected.NOT_FOUND
                    : fixtures.ownedIds().stream().anyMatch(url::contains) || fixtures.bodyNamesOwned(op)
                            ? Expected.HIDDEN
                    : Expected.REACHED_REVEALING_NOTHING;
            case COMMITTEE -> op.roles().contains("committee") ? Expected.REACHED : Expected.FORBIDDEN;
            case IMMIGRATION -> op.roles().contains("immigration") ? Expected.REACHED : Expected.FORBIDDEN;
            case RETIRED_OFFICER -> Expected.FORBIDDEN;
        };
    }

    private static String abbreviate(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    /** What a cell expects; check answers null when the response matches, else what is wrong. */
    enum Expected {
        UNAUTHORIZED("401") {
            @Override
            String check(HttpResponse<String> r, Fixtures f, String url) {
                if (r.statusCode() != 401) {
                    return "status";
                }
                if (!Http.isProblem(r)) {
                    return "not problem+json (" + Http.contentType(r) + ")";
                }
                return r.headers().firstValue("WWW-Authenticate").filter(v -> v.startsWith("Bearer")).isPresent()
                        ? null : "no WWW-Authenticate: Bearer";
            }
        },
        FORBIDDEN("403") {
            @Override
            String check(HttpResponse<String> r, Fixtures f, String url) {
                return r.statusCode() != 403 ? "status" : Http.isProblem(r) ? null : "not problem+json";
            }
        },
        NOT_FOUND("404") {
            @Override
            String check(HttpResponse<String> r, Fixtures f, String url) {
                return r.statusCode() != 404 ? "status" : Http.isProblem(r) ? null : "not problem+json";
            }
        },
        /** The request reached the handler: whatever it decided, it was not an authorization answer nor a failure. */
        REACHED("reached") {
            @Override
            String check(HttpResponse<String> r, Fixtures f, String url) {
                int s = r.statusCode();
                return s == 401 || s == 403 || s == 404 || s >= 500 ? "status" : null;
            }
        },
        /** Reached, and no id of the first partner appears in the answer unless the caller sent it. */
        REACHED_REVEALING_NOTHING("reached") {
            @Override
            String check(HttpResponse<String> r, Fixtures f, String url) {
                String reached = REACHED.check(r, f, url);
                if (reached != null) {
                    return reached;
                }
                for (String id : f.ownedIds()) {
                    if (!url.contains(id) && r.body().contains(id)) {
                        return "reveals the first partner's " + id;
                    }
                }
                return null;
            }
        },
        /** A query naming the first partner's resource: 404 as if it did not exist, or an answer revealing nothing. */
        HIDDEN("404|reached") {
            @Override
            String check(HttpResponse<String> r, Fixtures f, String url) {
                return r.statusCode() == 404 ? NOT_FOUND.check(r, f, url) : REACHED_REVEALING_NOTHING.check(r, f, url);
            }
        };

        /** How the matrix prints it. */
        private final String label;

        Expected(String label) {
            this.label = label;
        }

        abstract String check(HttpResponse<String> response, Fixtures fixtures, String url);

        @Override
        public String toString() {
            return label;
        }
    }
}
