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

/**
 * offices-service's appointments answered by WireMock (GET /api/v1/appointments/{id}, the shape offices-service
 * serves): each test stubs the appointments it uses, by their unique ids.
 */
public class OfficesStub implements QuarkusTestResourceLifecycleManager {

    private static WireMockServer server;

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            server = new WireMockServer(WireMockConfiguration.options().dynamicPort());
            server.start();
        }
        return Map.of("quarkus.rest-client.offices.url", server.baseUrl());
    }

    @Override
    public void stop() {
        // shared by every Quarkus application of the module; ends with the JVM
    }

    /** A new appointment with the given status, for the dossier, at the hall; returns its id. */
    public static UUID appointment(String dossierId, String hallId, String status) {
        UUID id = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo(path(id))).willReturn(okJson("""
                {"id": "%s", "dossierId": "%s", "hallId": "%s", "status": "%s",
                 "startsAt": "2026-12-01T09:30:00+08:00", "endsAt": "2026-12-01T10:00:00+08:00"}"""
                .formatted(id, dossierId, hallId, status))));
        return id;
    }

    public static UUID booked(String dossierId, String hallId) {
        return appointment(dossierId, hallId, "BOOKED");
    }

    public static UUID unavailable() {
        UUID id = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo(path(id))).willReturn(aResponse().withStatus(503)));
        return id;
    }

    public static UUID absent() {
        UUID id = UUID.randomUUID();
        server.stubFor(get(urlPathEqualTo(path(id))).willReturn(aResponse().withStatus(404)));
        return id;
    }

    public static List<LoggedRequest> requests(UUID id) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path(id))));
    }

    public static List<LoggedRequest> requests(UUID id, String authorization) {
        return server.findAll(getRequestedFor(urlPathEqualTo(path(id))).withHeader("Authorization", equalTo(authorization)));
    }

    private static String path(UUID id) {
        return "/api/v1/appointments/" + id;
    }
}
