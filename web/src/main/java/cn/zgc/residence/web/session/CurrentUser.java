package cn.zgc.residence.web.session;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The person behind this request: from the development session cookie, or (in the cluster) from the OpenID Connect
 * session, whose access token the API accepts. The role only chooses which pages to show; the API decides what is
 * allowed from the token itself.
 */
@RequestScoped
public class CurrentUser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Optional<SignedIn> who;

    public CurrentUser(CurrentVertxRequest request, SessionCookie sessions, Instance<SecurityIdentity> identity) {
        Cookie cookie = request.getCurrent() == null ? null : request.getCurrent().request().getCookie(SessionCookie.NAME);
        Optional<SignedIn> fromCookie = sessions.open(cookie == null ? null : cookie.getValue());
        this.who = fromCookie.isPresent() ? fromCookie : fromOidc(identity);
    }

    public Optional<SignedIn> get() {
        return who;
    }

    public boolean signedIn() {
        return who.isPresent();
    }

    private static Optional<SignedIn> fromOidc(Instance<SecurityIdentity> identities) {
        if (!identities.isResolvable()) {
            return Optional.empty();
        }
        SecurityIdentity identity = identities.get();
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        AccessTokenCredential access = identity.getCredential(AccessTokenCredential.class);
        if (access == null) {
            return Optional.empty();
        }
        JsonNode claims = claims(access.getToken());
        String role = identity.getRoles().contains(SignedIn.IMMIGRATION) ? SignedIn.IMMIGRATION
                : identity.getRoles().contains(SignedIn.COMMITTEE) ? SignedIn.COMMITTEE : roleOf(claims);
        String partnerId = claims.path("partner_id").asText(null);
        return Optional.of(new SignedIn(role, partnerId, identity.getPrincipal().getName(), access.getToken()));
    }

    private static String roleOf(JsonNode claims) {
        for (String role : new String[] {SignedIn.IMMIGRATION, SignedIn.COMMITTEE, SignedIn.PARTNER}) {
            for (JsonNode group : claims.path("groups")) {
                if (role.equals(group.asText())) {
                    return role;
                }
            }
        }
        return "";
    }

    /** The token's claims, read without verification: only to choose pages; the gateway and services verify it. */
    private static JsonNode claims(String token) {
        String[] parts = token.split("\\.");
        if (parts.length < 2) {
            return JSON.createObjectNode();
        }
        try {
            return JSON.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IOException | IllegalArgumentException e) {
            return JSON.createObjectNode();
        }
    }
}
