package cn.zgc.residence.common.security;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers the tokens smallrye-jwt has verified (signature, issuer, audience, expiry), so that a caller who sends
 * the same token again does not pay an RS256 verification per request. A token is looked up by its exact text and
 * only until its {@code exp}: from then on it is verified again in full, with the parser's own clock skew, until
 * that refuses it. The map is bounded; when it is full it is emptied and live tokens fill it again.
 */
@Decorator
@Priority(1)
public abstract class VerifiedTokens implements JWTParser {

    private final JWTParser parser;
    private final int capacity;
    private final Map<String, JsonWebToken> verified = new ConcurrentHashMap<>();

    @Inject
    public VerifiedTokens(@Delegate JWTParser parser,
            @ConfigProperty(name = "zgc.security.verified-tokens", defaultValue = "4096") int capacity) {
        this.parser = parser;
        this.capacity = capacity;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        JsonWebToken known = verified.get(token);
        if (known != null) {
            if (System.currentTimeMillis() / 1000 < known.getExpirationTime()) {
                return known;
            }
            verified.remove(token);
        }
        JsonWebToken fresh = parser.parse(token);
        if (capacity > 0 && fresh.getExpirationTime() > 0) {
            if (verified.size() >= capacity) {
                verified.clear();
            }
            verified.put(token, fresh);
        }
        return fresh;
    }
}
