package cn.zgc.residence.eligibility.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/** Knobs of the eligibility service; the rules themselves are data (criteria versions). */
@ConfigMapping(prefix = "zgc.eligibility")
public interface EligibilityConfig {

    /** How long criteria read from the database serve evaluations before they are read again. */
    @WithDefault("30S")
    Duration criteriaCacheTtl();

    /** The most "what it takes" suggestions an evaluation lists. */
    @WithDefault("10")
    int suggestionLimit();

    /** The recommendation letter as a signed PDF and its public check. */
    Letters letters();

    interface Letters {

        /**
         * The public address the letter's QR code opens: the gateway's, as people outside reach it. The code reads
         * {@code <base>/verify/letters/<number>?code=<verification code>}.
         */
        @WithDefault("http://localhost:8080")
        String verificationBaseUrl();

        Signing signing();
    }

    interface Signing {

        /**
         * A PEM file with the committee's signing key (PKCS#8, or PKCS#1 RSA), for example mounted from a Kubernetes
         * Secret. Without it a key pair and a self-signed certificate are made at start (tests, local run): letters
         * then verify only against that run's certificate.
         */
        Optional<Path> keyFile();

        /** A PEM file with the certificate of that key first, then the rest of its chain. */
        Optional<Path> certificateFile();

        /** The subject of the self-signed certificate made when no key is configured. */
        @WithDefault("CN=Zhongguancun Administrative Committee (key made at start; not for production),"
                + "O=Administrative Committee of Zhongguancun Science Park,L=Beijing,C=CN")
        String generatedSubject();
    }
}
