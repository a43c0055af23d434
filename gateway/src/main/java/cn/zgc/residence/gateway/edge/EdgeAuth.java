package cn.zgc.residence.gateway.edge;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.gateway.problem.GatewayProblem;
import cn.zgc.residence.gateway.problem.ProblemWriter;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies the bearer JWT (signature, issuer, audience, expiry: smallrye-jwt's {@link JWTParser} with the mp.jwt
 * configuration) before anything is forwarded, refuses tokens without a known role (partner with its partner id,
 * committee, immigration; the retired {@code officer} role alone is refused), and keeps each operation a rule names
 * for its roles.
 * A verified token is remembered until it expires, so the event loop checks a signature once per token; a token
 * not seen before is verified on a worker thread because the key may have to be read first.
 */
public final class EdgeAuth implements Handler<RoutingContext> {

    static final String PARTNER = "partner";
    static final Set<String> KNOWN_ROLES = Set.of(PARTNER, "committee", "immigration");
    static final String PARTNER_ID_CLAIM = "partner_id";
    private static final String BEARER = "Bearer ";
    private static final String CHALLENGE = "Bearer";

    private final JWTParser parser;
    private final Vertx vertx;
    private final RoleRules roleRules;
    private final int cacheSize;
    private final Map<String, Caller> verified = new ConcurrentHashMap<>();

    public EdgeAuth(JWTParser parser, Vertx vertx, RoleRules roleRules, int cacheSize) {
        this.parser = parser;
        this.vertx = vertx;
        this.roleRules = roleRules;
        this.cacheSize = cacheSize;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length()
                || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            unauthorized(ctx, null, new Text("A bearer token is required", "需要持有者令牌"));
            return;
        }
        String token = header.substring(BEARER.length()).trim();
        Caller caller = verified.get(token);
        if (caller != null) {
            if (caller.expiredAt(System.currentTimeMillis())) {
                verified.remove(token);
                unauthorized(ctx, "invalid_token", new Text("The bearer token has expired", "持有者令牌已过期"));
                return;
            }
            admit(ctx, caller);
            return;
        }
        vertx.<Caller>executeBlocking(() -> verify(token), false).onComplete(result -> {
            if (result.succeeded()) {
                remember(token, result.result());
                admit(ctx, result.result());
            } else {
                unauthorized(ctx, "invalid_token", new Text(
                        "The bearer token is not valid (signature, issuer, audience or expiry)",
                        "持有者令牌无效（签名、签发者、受众或有效期）"));
            }
        });
    }

    private Caller verify(String token) throws ParseException {
        JsonWebToken jwt = parser.parse(token);
        Set<String> groups = jwt.getGroups();
        Object partnerId = jwt.getClaim(PARTNER_ID_CLAIM);
        Set<String> roles = groups == null ? Set.of()
                : groups.stream().filter(KNOWN_ROLES::contains).collect(java.util.stream.Collectors.toUnmodifiableSet());
        boolean partner = roles.contains(PARTNER);
        return new Caller(jwt.getSubject(), partner && partnerId != null ? partnerId.toString() : null, roles,
                jwt.getExpirationTime() * 1000L);
    }

    private void remember(String token, Caller caller) {
        if (verified.size() >= cacheSize) {
            verified.clear(); // crude but bounded; the next requests of live tokens fill it again
        }
        verified.put(token, caller);
    }

    private void admit(RoutingContext ctx, Caller caller) {
        ctx.put(Caller.KEY, caller);
        if (caller.roles().isEmpty()) {
            ProblemWriter.send(ctx, GatewayProblem.FORBIDDEN, new Text(
                    "The token carries none of the roles partner, committee or immigration",
                    "该令牌不含 partner、committee、immigration 中的任何角色"));
            return;
        }
        if (caller.roles().contains(PARTNER) && caller.partnerId() == null) {
            ProblemWriter.send(ctx, GatewayProblem.FORBIDDEN, new Text("The token names no partner", "该令牌未指明合作方"));
            return;
        }
        Set<String> required = roleRules.rolesFor(ctx.request().method(), ctx.request().path()).orElse(null);
        if (required != null && required.stream().noneMatch(caller.roles()::contains)) {
            List<String> roles = required.stream().sorted().toList();
            ProblemWriter.send(ctx, GatewayProblem.FORBIDDEN, new Text(
                    "This operation is for the role " + String.join(" or ", roles),
                    "此操作仅限角色 " + String.join(" 或 ", roles)));
            return;
        }
        ctx.next();
    }

    private static void unauthorized(RoutingContext ctx, String error, Text detail) {
        ctx.response().putHeader("WWW-Authenticate",
                error == null ? CHALLENGE : CHALLENGE + " error=\"" + error + "\"");
        ProblemWriter.send(ctx, GatewayProblem.UNAUTHORIZED, detail);
    }
}
