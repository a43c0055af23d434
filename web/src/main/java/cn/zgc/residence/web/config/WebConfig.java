package cn.zgc.residence.web.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** What the pages decide by configuration: the session cookie and the development sign-in. */
@ConfigMapping(prefix = "web")
public interface WebConfig {

    Session session();

    DevSignIn devSignIn();

    interface Session {
        /** Key material for the session cookie's encryption (at least 32 characters); absent: a random key per start. */
        Optional<String> secret();

        /** Whether the cookies carry Secure (behind TLS: always). */
        @WithDefault("true")
        boolean secure();

        /** How long a sign-in lasts. */
        @WithDefault("8H")
        Duration maxAge();
    }

    interface DevSignIn {
        /** Whether the development sign-in answers at all; the prod profile never enables it, whatever this says. */
        @WithDefault("false")
        boolean enabled();

        /** The PEM private key (PKCS#8) that signs the development tokens: the local run's key. */
        Optional<String> keyLocation();

        String issuer();

        String audience();

        @WithDefault("8H")
        Duration ttl();
    }
}
