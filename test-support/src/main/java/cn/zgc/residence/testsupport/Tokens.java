package cn.zgc.residence.testsupport;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

/** Bearer tokens for tests, signed with the run's key ({@link TestKeys}). */
public final class Tokens {

    public static final String ISSUER = "https://auth.zgc-residence.example";
    public static final String AUDIENCE = "zgc-residence-api";

    private Tokens() {
    }

    public static String partner(String partnerId) {
        return sign(claims("partner-" + partnerId, "partner").claim("partner_id", partnerId), TestKeys.privateKey());
    }

    /** A Zhongguancun Administrative Committee officer. */
    public static String committee() {
        return committee("committee-1");
    }

    public static String committee(String subject) {
        return sign(claims(subject, "committee"), TestKeys.privateKey());
    }

    /** An Exit-Entry Administration (hall) officer. */
    public static String immigration() {
        return immigration("immigration-1");
    }

    public static String immigration(String subject) {
        return sign(claims(subject, "immigration"), TestKeys.privateKey());
    }

    /** A token with only the retired {@code officer} role, which every service and the gateway refuse (403). */
    public static String officer() {
        return officer("officer-1");
    }

    public static String officer(String subject) {
        return sign(claims(subject, "officer"), TestKeys.privateKey());
    }

    public static String expired(String partnerId) {
        return sign(claims("partner-" + partnerId, "partner").claim("partner_id", partnerId)
                .issuedAt(Instant.now().minusSeconds(7200)).expiresAt(Instant.now().minusSeconds(3600)),
                TestKeys.privateKey());
    }

    public static String badSignature(String partnerId) {
        return sign(claims("partner-" + partnerId, "partner").claim("partner_id", partnerId), TestKeys.untrustedKey());
    }

    public static String otherAudience(String partnerId) {
        return sign(claims("partner-" + partnerId, "partner").claim("partner_id", partnerId).audience("another-api"),
                TestKeys.privateKey());
    }

    /** The Authorization header value for a token. */
    public static String bearer(String token) {
        return "Bearer " + token;
    }

    private static JwtClaimsBuilder claims(String subject, String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).groups(Set.of(role))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(3600));
    }

    private static String sign(JwtClaimsBuilder claims, PrivateKey key) {
        return claims.jws().algorithm(io.smallrye.jwt.algorithm.SignatureAlgorithm.RS256).sign(key);
    }
}
