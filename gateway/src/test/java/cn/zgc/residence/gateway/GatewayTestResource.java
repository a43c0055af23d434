package cn.zgc.residence.gateway;

import cn.zgc.residence.testsupport.TestKeys;
import cn.zgc.residence.testsupport.Tokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gateway's world in tests: the four services as fake HTTP servers, plus a service that never listens
 * ("dead"), one that answers slowly ("slow") and one that starts only when a test asks ("late"); the test key;
 * low limits so that tests reach them quickly.
 */
public class GatewayTestResource implements QuarkusTestResourceLifecycleManager {

    static final String PORTAL = "https://portal.example-university.edu.cn";
    static final int LATE_PORT = FakeServices.freePort();
    static final int TRIAL_GONE_PORT = FakeServices.freePort();
    static final int TRIAL_LARGE_PORT = FakeServices.freePort();
    static final int HALF_DEAD_PORT = FakeServices.freePort();
    static final int HALF_LIVE_PORT = FakeServices.start("half-live", 0, List.of("/api/v1/half"));

    static final Map<String, List<String>> SERVICES = Map.of(
            "eligibility", List.of("/api/v1/criteria", "/api/v1/assessments"),
            "documents", List.of("/api/v1/document-types", "/api/v1/checklists", "/api/v1/dossiers"),
            "fees", List.of("/api/v1/fee-schedules", "/api/v1/quotes", "/api/v1/invoices"),
            "offices", List.of("/api/v1/halls", "/api/v1/notices"));

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>();
        SERVICES.forEach((name, prefixes) -> config.put("gateway.backends." + name + ".url",
                "http://127.0.0.1:" + FakeServices.start(name, 0, prefixes)));
        // the pages' backend: served under /web, no API document of its own
        config.put("gateway.backends.web.url", "http://127.0.0.1:" + FakeServices.start("web", 0, List.of("/web")));
        config.put("gateway.backends.slow.url", "http://127.0.0.1:" + FakeServices.start("slow", 0, List.of("/api/v1/slow")));
        config.put("gateway.routes.slow.prefix", "/api/v1/slow");
        config.put("gateway.routes.slow.backend", "slow");
        config.put("gateway.routes.slow.timeout", "400ms");
        config.put("gateway.backends.dead.url", "http://127.0.0.1:" + FakeServices.freePort());
        config.put("gateway.routes.dead.prefix", "/api/v1/dead");
        config.put("gateway.routes.dead.backend", "dead");
        config.put("gateway.backends.late.url", "http://127.0.0.1:" + LATE_PORT);
        config.put("gateway.routes.late.prefix", "/api/v1/late");
        config.put("gateway.routes.late.backend", "late");
        // the breaker's verdicts (BreakerVerdictTest): each backend its own circuit, so that tests do not meet
        config.put("gateway.backends.refusing.url", "http://127.0.0.1:" + FakeServices.freePort());
        config.put("gateway.backends.refusing.failure-threshold", "1000");
        config.put("gateway.routes.refusing.prefix", "/api/v1/refusing");
        config.put("gateway.routes.refusing.backend", "refusing");
        config.put("gateway.backends.silent.url", "http://127.0.0.1:" + FakeServices.start("silent", 0, List.of("/api/v1/silent")));
        config.put("gateway.backends.silent.failure-threshold", "1000");
        config.put("gateway.backends.silent.slow-call", "0S");
        config.put("gateway.routes.silent.prefix", "/api/v1/silent");
        config.put("gateway.routes.silent.backend", "silent");
        config.put("gateway.routes.silent.timeout", "1S");
        for (String trial : List.of("trial-gone", "trial-large")) {
            int port = trial.equals("trial-gone") ? TRIAL_GONE_PORT : TRIAL_LARGE_PORT;
            config.put("gateway.backends." + trial + ".url", "http://127.0.0.1:" + port);
            config.put("gateway.backends." + trial + ".failure-threshold", "1");
            config.put("gateway.backends." + trial + ".open-for", "300ms");
            config.put("gateway.backends." + trial + ".slow-call", "0S");
            config.put("gateway.routes." + trial + ".prefix", "/api/v1/" + trial);
            config.put("gateway.routes." + trial + ".backend", trial);
        }
        config.put("gateway.backends.hung.url", "http://127.0.0.1:" + FakeServices.start("hung", 0, List.of("/api/v1/hung")));
        config.put("gateway.backends.hung.failure-threshold", "2");
        config.put("gateway.backends.hung.slow-call", "300ms");
        config.put("gateway.backends.hung.open-for", "60S");
        config.put("gateway.routes.hung.prefix", "/api/v1/hung");
        config.put("gateway.routes.hung.backend", "hung");

        // several instances of one backend (SpreadingTest): two that answer; one that never listens before one that
        // answers; two that never listen
        config.put("gateway.backends.pair.url", "http://127.0.0.1:" + FakeServices.start("pair-a", 0, List.of("/api/v1/pair"))
                + ", http://127.0.0.1:" + FakeServices.start("pair-b", 0, List.of("/api/v1/pair")));
        config.put("gateway.routes.pair.prefix", "/api/v1/pair");
        config.put("gateway.routes.pair.backend", "pair");
        config.put("gateway.backends.half.url", "http://127.0.0.1:" + HALF_DEAD_PORT
                + ",http://127.0.0.1:" + HALF_LIVE_PORT);
        config.put("gateway.routes.half.prefix", "/api/v1/half");
        config.put("gateway.routes.half.backend", "half");
        config.put("gateway.backends.both-dead.url", "http://127.0.0.1:" + FakeServices.freePort()
                + ",http://127.0.0.1:" + FakeServices.freePort());
        config.put("gateway.routes.both-dead.prefix", "/api/v1/both-dead");
        config.put("gateway.routes.both-dead.backend", "both-dead");

        config.put("gateway.breaker.failure-threshold", "3");
        config.put("gateway.breaker.open-for", "30S");
        config.put("gateway.rate-limit.per-second", "2");
        config.put("gateway.rate-limit.burst", "10");
        config.put("gateway.rate-limit.anonymous.per-second", "0.2");
        config.put("gateway.rate-limit.anonymous.burst", "5");
        config.put("gateway.limits.max-body-size", "16K");
        config.put("gateway.limits.upload-max-body-size", "64K");
        config.put("gateway.cors.origins", PORTAL);
        config.put("gateway.openapi.refresh-interval", "1S");
        config.put("gateway.openapi.server-url", "https://api.zgc-residence.example");

        config.put("mp.jwt.verify.publickey.location", TestKeys.publicKeyFile());
        config.put("mp.jwt.verify.issuer", Tokens.ISSUER);
        config.put("mp.jwt.verify.audiences", Tokens.AUDIENCE);
        return config;
    }

    static void startLateService() {
        FakeServices.start("late", LATE_PORT, List.of("/api/v1/late"));
    }

    static void startTrialService(String name) {
        FakeServices.start(name, name.equals("trial-gone") ? TRIAL_GONE_PORT : TRIAL_LARGE_PORT, List.of("/api/v1/" + name));
    }

    @Override
    public void stop() {
        // the fake services die with the test JVM
    }
}
