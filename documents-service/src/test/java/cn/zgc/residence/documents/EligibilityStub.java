package cn.zgc.residence.documents;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** eligibility-service answered by WireMock: each test stubs the assessments it uses, by their unique ids. */
public class EligibilityStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            server.start();
        }
        return Map.of("quarkus.rest-client.eligibility.url", server.baseUrl());
    }

    @Override
    public void stop() {
        // shared by every Quarkus application of the module; ends with the JVM
    }

    public static void assessment(UUID id, String applicantRef, String track, boolean eligible) {
        server.stubFor(get(urlPathEqualTo(path(id))).willReturn(okJson("""
                {"id": "%s", "applicantRef": "%s", "track": "%s", "eligible": %s, "total": %d,
                 "threshold": 70, "criteriaVersion": "baseline-2026", "factors": []}"""
                .formatted(id, applicantRef, track, eligible, eligible ? 78 : 55))));
    }

    public static void unavailable(UUID id) {
        server.stubFor(get(urlPathEqualTo(path(id))).willReturn(aResponse().withStatus(503)));
    }

    public static List<LoggedRequest> requests(UUID id) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path(id))));
    }

    public static List<LoggedRequest> requests(UUID id, String authorization) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path(id))).withHeader("Authorization", equalTo(authorization)));
    }

    private static String path(UUID id) {
        return "/api/v1/assessments/" + id;
    }
}
