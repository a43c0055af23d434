package cn.zgc.residence.common.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.testsupport.TestKeys;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

/** The parser the services authenticate with remembers a verified token until its expiry, and nothing else. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    JWTParser parser;

    @Test
    void aTokenSentAgainIsNotVerifiedAgain() throws ParseException {
        String token = Tokens.partner("P-CACHE");

        JsonWebToken first = parser.parse(token);
        JsonWebToken second = parser.parse(token);

        assertThat(second).isSameAs(first);
        assertThat(second.<String>getClaim(Roles.PARTNER_ID_CLAIM)).isEqualTo("P-CACHE");
    }

    @Test
    void onceItsExpiryHasPassedATokenIsVerifiedInFullAgain() throws ParseException {
        String token = Jwt.issuer(Tokens.ISSUER).audience(Tokens.AUDIENCE).subject("short-lived")
                .groups(Set.of(Roles.IMMIGRATION)).issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(2))
                .jws().algorithm(SignatureAlgorithm.RS256).sign(TestKeys.privateKey());
        JsonWebToken first = parser.parse(token);

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> parser.parse(token) != first);
    }

    @Test
    void aTokenThatFailsVerificationIsRefusedEveryTime() {
        String forged = Tokens.badSignature("P-FORGED");
        String expired = Tokens.expired("P-LATE");

        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> parser.parse(forged)).isInstanceOf(ParseException.class);
            assertThatThrownBy(() -> parser.parse(expired)).isInstanceOf(ParseException.class);
        }
    }
}
