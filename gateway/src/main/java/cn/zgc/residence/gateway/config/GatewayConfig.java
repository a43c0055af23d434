package cn.zgc.residence.gateway.config;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything the gateway decides by configuration: backends, the route table, edge auth and the limits. */
@ConfigMapping(prefix = "gateway")
public interface GatewayConfig {

    /** The services behind the gateway, by name. */
    Map<String, Backend> backends();

    /** The route table: a path prefix and the backend that owns it, by route name. */
    Map<String, Route> routes();

    Auth auth();

    RateLimit rateLimit();

    Limits limits();

    Breaker breaker();

    Cors cors();

    OpenApi openapi();

    AccessLog accessLog();

    interface Backend {
        /** Base URL of the service, for example {@code http://eligibility-service:8081}. */
        String url();

        /** This backend's own {@code gateway.breaker.failure-threshold}. */
        Optional<Integer> failureThreshold();

        /** This backend's own {@code gateway.breaker.open-for}. */
        Optional<Duration> openFor();

        /** This backend's own {@code gateway.breaker.slow-call} (a backend taking large uploads may need more). */
        Optional<Duration> slowCall();

        /** Whether the backend serves API operations for the merged OpenAPI document (the web pages do not). */
        @WithDefault("true")
        boolean apiDocument();
    }

    interface Route {
        /** Path prefix forwarded as is, for example {@code /api/v1/criteria}; sub-paths go to the same backend. */
        String prefix();

        /** Name of the backend in {@code gateway.backends}. */
        String backend();

        /** How long the backend may stay silent before the gateway answers 504; defaults to {@code gateway.limits.timeout}. */
        Optional<Duration> timeout();

        /**
         * A public route's own limit per client address (requests per second, the burst is ten times that); without
         * it the route shares {@code gateway.rate-limit.anonymous}. Pages load their style sheet and script too, and
         * a person clicks faster than a QR code is scanned.
         */
        Optional<Double> perClientPerSecond();
    }

    interface Auth {
        /**
         * Operations reserved for roles, as {@code METHOD[|METHOD] /path role[|role]} with {@code *} for one path
         * segment; other callers get 403 at the edge (the services check again).
         */
        List<String> roleRules();

        /** How many verified tokens are remembered, so that a token's signature is checked once, not per request. */
        @WithDefault("10000")
        int cacheSize();
    }

    interface RateLimit {
        @WithDefault("true")
        boolean enabled();

        /** Tokens added to each partner's bucket per second (the sustained request rate). */
        @WithDefault("50")
        double perSecond();

        /** Size of the bucket: how many requests a partner may send at once after a quiet spell. */
        @WithDefault("100")
        int burst();

        /** Requests without a token: the public routes outside {@code /api/v1}, limited per client address. */
        Anonymous anonymous();
    }

    interface Anonymous {
        /** Tokens added to each client address's bucket per second. */
        @WithDefault("2")
        double perSecond();

        /** How many requests one client address may send at once after a quiet spell. */
        @WithDefault("20")
        int burst();

        /** Most client addresses tracked at once; buckets that have filled up again are dropped first. */
        @WithDefault("100000")
        int maxClients();
    }

    interface Limits {
        /** Largest request body forwarded; larger ones get 413. */
        @WithDefault("1M")
        MemorySize maxBodySize();

        /** Largest body of a file upload (a method and path matching {@link #uploadPaths()}). */
        @WithDefault("20M")
        MemorySize uploadMaxBodySize();

        /** The uploads: POST or PUT to a path matching this expression get {@link #uploadMaxBodySize()}. */
        @WithDefault("^/api/v1/dossiers/[^/]+/items/[^/]+/files(/[^/]+)?/?$")
        String uploadPaths();

        /** Default time a backend may stay silent before the gateway answers 504. */
        @WithDefault("10S")
        Duration timeout();

        /** Time to open a connection to a backend (a backend that does not accept answers 503 after it). */
        @WithDefault("1S")
        Duration connectTimeout();

        /** Connections kept per backend on each event loop (each event loop has its own pool). */
        @WithDefault("64")
        int poolSize();
    }

    interface Breaker {
        /** Consecutive failures of a backend (no connection, timeout, slow call) that open its circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before one trial request is let through. */
        @WithDefault("10S")
        Duration openFor();

        /**
         * A request still without an answer this long after it started counts as a failure at that moment (it goes
         * on until the route's timeout): a hung backend opens its circuit after {@code failure-threshold} slow calls
         * instead of after as many full timeouts. 0 turns it off.
         */
        @WithDefault("2S")
        Duration slowCall();
    }

    interface Cors {
        /** Origins of the partner portals allowed to call the API from a browser; none means no CORS. */
        Optional<List<String>> origins();

        @WithDefault("3600")
        int maxAgeSeconds();
    }

    interface AccessLog {
        /** One line per request on standard output (method, path, status, duration, partner, request id). */
        @WithDefault("true")
        boolean enabled();

        /** Longest time a line waits before it is written; lines are written in blocks, not one by one. */
        @WithDefault("200ms")
        Duration flushInterval();
    }

    interface OpenApi {
        /** Also the server of the document the build merges offline for the SDKs. */
        String DEFAULT_SERVER_URL = "http://localhost:8080";
        /** Also the token endpoint of the document the build merges offline for the SDKs. */
        String DEFAULT_TOKEN_URL = "https://auth.zgc-residence.example/oauth2/token";

        /** The gateway's public base URL, written as the merged document's only server. */
        @WithDefault(DEFAULT_SERVER_URL)
        String serverUrl();

        /** The identity provider's token endpoint, named by the merged document's security scheme. */
        @WithDefault(DEFAULT_TOKEN_URL)
        String tokenUrl();

        /** Where each service serves its own document. */
        @WithDefault("/q/openapi?format=json")
        String backendPath();

        /** How often the services' documents are fetched again. */
        @WithDefault("60S")
        Duration refreshInterval();

        /** How soon to try again while a service is missing from the document (for example while the set starts). */
        @WithDefault("2S")
        Duration retryWhileMissing();

        /** How long one fetch may take. */
        @WithDefault("5S")
        Duration fetchTimeout();
    }
}
