package cn.zgc.residence.common.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * The one declaration of the problem+json answers every operation shares, so that resources name only the statuses
 * particular to them (a 409 of a lifecycle step, a 422 of a rule) and need not repeat the error body:
 * <ul>
 *   <li>every {@code /api/v1} operation that is not public ({@code security: []}) answers 401 and 403;</li>
 *   <li>an operation with a parameter or a request body answers 400 (each offending field named);</li>
 *   <li>an {@code /api/v1} operation with a path parameter answers 404 (also for another partner's resource);</li>
 *   <li>an operation with a request body answers 413 (over the body limit) and 415 (a media type it does not take);</li>
 *   <li>every 4xx and 5xx answer, these and those a resource declares, has the {@link Problem} body as
 *   {@code application/problem+json}; every response header has a schema.</li>
 * </ul>
 * A status a resource declares keeps the resource's description. 429, 503 and 504 are the gateway's, added to the
 * merged document there. The {@code Problem} and {@code FieldError} schemas are written the same in every service, so
 * that the merged document holds each once.
 */
public class ProblemResponses implements OASFilter {

    static final String SCHEMA = "Problem";
    static final String FIELD_ERROR = "FieldError";
    private static final String REF = "#/components/schemas/" + SCHEMA;
    private static final String API = "/api/v1/";
    /** What the framework writes for the 401 and 403 it adds to a secured operation. */
    private static final Set<String> FRAMEWORK_DESCRIPTIONS = Set.of("Not Authorized", "Not Allowed");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        components.addSchema(SCHEMA, problemSchema());
        components.addSchema(FIELD_ERROR, fieldErrorSchema());
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> standardResponses(path, method, item, operation)));
    }

    private static void standardResponses(String path, PathItem.HttpMethod method, PathItem item, Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        List<Parameter> parameters = new ArrayList<>();
        if (item.getParameters() != null) {
            parameters.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        boolean body = operation.getRequestBody() != null;
        if (!parameters.isEmpty() || body) {
            addIfAbsent(responses, "400", "A parameter or the body is not valid; each offending field is named "
                    + "in errors, and nothing is changed");
        }
        if (secured(path, operation)) {
            describe(responses, "401", "No valid bearer token");
            describe(responses, "403", "The token has none of the roles this operation needs" + roles(operation));
        }
        if (path.startsWith(API) && parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH)) {
            addIfAbsent(responses, "404", "No such resource, or one the caller may not see (a partner sees only "
                    + "its own)");
        }
        if (body) {
            addIfAbsent(responses, "413", "The body is larger than this operation takes");
            addIfAbsent(responses, "415", "The body's Content-Type is not one this operation takes");
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            APIResponse answer = response.getValue();
            if (answer.getRef() != null) {
                continue;
            }
            if (isError(response.getKey())) {
                answer.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(REF))));
            }
            if (answer.getHeaders() != null) {
                for (Header header : answer.getHeaders().values()) {
                    if (header.getRef() == null && header.getSchema() == null && header.getContent() == null) {
                        header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                    }
                }
            }
        }
    }

    /** Under /api/v1 every operation needs a token unless it says it is public with an empty requirement. */
    private static boolean secured(String path, Operation operation) {
        boolean declaredPublic = operation.getSecurity() != null && operation.getSecurity().isEmpty();
        return path.startsWith(API) && !declaredPublic;
    }

    private static String roles(Operation operation) {
        if (operation.getSecurity() == null) {
            return "";
        }
        List<String> roles = operation.getSecurity().stream()
                .flatMap(requirement -> requirement.getSchemes().values().stream())
                .flatMap(List::stream).distinct().toList();
        return roles.isEmpty() ? "" : " (" + String.join(", ", roles) + ")";
    }

    /** Added when absent; the framework's own one-word description of a security answer is replaced too. */
    private static void describe(APIResponses responses, String status, String description) {
        APIResponse declared = responses.getAPIResponse(status);
        if (declared != null && declared.getRef() == null
                && FRAMEWORK_DESCRIPTIONS.contains(String.valueOf(declared.getDescription()))) {
            declared.setDescription(description);
        }
        addIfAbsent(responses, status, description);
    }

    private static void addIfAbsent(APIResponses responses, String status, String description) {
        if (!responses.hasAPIResponse(status)) {
            responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description));
        }
    }

    private static boolean isError(String status) {
        return status.startsWith("4") || status.startsWith("5");
    }

    private static Schema string(String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description);
    }

    private static Schema problemSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details: the one error body of every service")
                .required(List.of("type", "title", "status"))
                .addProperty("type", string("Stable per kind of problem: urn:zgc:problem:<kind>")
                        .examples(List.of("urn:zgc:problem:validation")))
                .addProperty("title", string("A short summary of the kind of problem, in the caller's language"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .description("The HTTP status"))
                .addProperty("detail", string("What went wrong with this request, in the caller's language"))
                .addProperty("instance", string("The request path"))
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .description("The offending fields of a validation problem")
                        .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR)));
    }

    private static Schema fieldErrorSchema() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("One offending input field")
                .addProperty("field", string("The field's JSON path, for example facts.age"))
                .addProperty("message", string("Why it is not valid"));
    }
}
