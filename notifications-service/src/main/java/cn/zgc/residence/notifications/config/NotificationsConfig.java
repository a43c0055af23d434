package cn.zgc.residence.notifications.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How webhooks are delivered: where they may go, how often they are tried, how much one endpoint may take. */
@ConfigMapping(prefix = "zgc.notifications")
public interface NotificationsConfig {

    Egress egress();

    Retry retry();

    Delivery delivery();

    Secrets secrets();

    /** Where deliveries may go. */
    interface Egress {

        /** Whether http:// URLs are accepted; only the local run and the tests say true. */
        @WithDefault("false")
        boolean allowPlainHttp();

        /**
         * Address ranges allowed although they are loopback, private, link-local or otherwise internal (for example
         * {@code 127.0.0.1/32} in the local run and the tests). Empty in production.
         */
        Optional<List<String>> allowedCidrs();

        /** How long a TCP connection (and TLS handshake) may take. */
        @WithDefault("5s")
        Duration connectTimeout();

        /** How long one request may take from connecting to the end of the response. */
        @WithDefault("15s")
        Duration requestTimeout();

        /** Bytes of a response body read at most; the rest is discarded with the connection. */
        @WithDefault("4096")
        int maxResponseBytes();

        /**
         * A PEM file of the CA certificates that endpoints' TLS certificates are verified against, instead of the
         * JVM's trusted CAs (for endpoints under a private CA, and the tests). Absent: the JVM's.
         */
        Optional<String> trustedCertificates();
    }

    /** The retry schedule, published in the README. */
    interface Retry {

        /**
         * The delay before each attempt: the first counts from the event's arrival, each next one from the failure
         * before it. When every attempt failed the delivery is FAILED.
         */
        @WithDefault("0s,5s,5m,30m,2h,5h,10h,10h")
        List<Duration> schedule();

        /** Each delay is spread by up to this fraction either way, so that failed endpoints are not retried in step. */
        @WithDefault("0.2")
        double jitter();
    }

    /** The delivery worker. */
    interface Delivery {

        /** Whether this process delivers (every replica may: deliveries are claimed with FOR UPDATE SKIP LOCKED). */
        @WithDefault("true")
        boolean enabled();

        /** How often the worker looks for due deliveries when nothing woke it. */
        @WithDefault("1s")
        Duration pollInterval();

        /** Deliveries claimed per round. */
        @WithDefault("100")
        int batchSize();

        /** Requests in flight to one subscription's endpoint at most, so that a slow endpoint never stalls others. */
        @WithDefault("4")
        int perEndpointConcurrency();

        /** Requests in flight from this process at most. */
        @WithDefault("64")
        int maxInFlight();
    }

    /** Signing secrets. */
    interface Secrets {

        /** Random bytes of a new secret (Standard Webhooks: 24 to 64). */
        @WithDefault("32")
        int bytes();

        /** How long the previous secret still signs after a rotation, when the request names no overlap. */
        @WithDefault("24h")
        Duration defaultRotationOverlap();

        /** The longest overlap a rotation may ask for. */
        @WithDefault("7d")
        Duration maxRotationOverlap();

        /**
         * The key that encrypts the stored signing secrets (AES-256-GCM): 32 random bytes, base64
         * (WEBHOOK_SECRETS_KEY, from a Secret). Read by {@code SecretSealer}, for the application and the migration.
         */
        Optional<String> encryptionKey();

        /** The id stored with each sealed secret, so that a rotated key still opens the older ones. */
        @WithDefault("k1")
        String encryptionKeyId();

        /** Earlier keys, {@code <id>:<base64>} each, still read until every secret is sealed again. */
        Optional<List<String>> previousEncryptionKeys();

        /**
         * Without a key, make one for this process only (tests): stored secrets then do not open after a restart.
         * The cluster sets the key and turns this off.
         */
        @WithDefault("true")
        boolean allowEphemeralKey();
    }
}
