package cn.zgc.residence.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RequestTrackingTest {

    private final RequestTracking tracking = new RequestTracking(
            new AccessLog(false, 200, null, System.out), List.of("/api/v1/halls", "/api/v1/document-types", "/api/v1/dossiers"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "/api/v1/halls, /api/v1/halls/**, the route's own path",
            "/api/v1/halls/chaoyang-center/notices, /api/v1/halls/**, an id below the route is not a metric of its own",
            "/api/v1/dossiers/9b7c6a0e-2f7e-4c51-b3f3-3c9c1c8f0a11, /api/v1/dossiers/**, every dossier id is one series",
            "/api/v1/hallsofame, /api/v1/*, a longer first segment is not the route",
            "/api/v1/unknown/x, /api/v1/*, paths no route owns share one name"})
    void namesApiPathsForMetricsByTheirRoute(String path, String expected, String reason) {
        assertThat(tracking.metricsPath(path)).as(reason).isEqualTo(expected);
    }

    @Test
    void createsRandomVersionFourIds() {
        UUID id = UUID.fromString(RequestTracking.newId());
        assertThat(id.version()).isEqualTo(4);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(RequestTracking.newId()).isNotEqualTo(RequestTracking.newId());
    }

    @Test
    void writesOneAccessLineWithShanghaiTimeAndNoQueryString() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AccessLog log = new AccessLog(true, 200, null, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        log.log("GET", "/api/v1/halls", 200, 1_042, "p1", "req-1");
        log.log("POST", "/api/v1/dossiers", 201, 7, "immigration:o1", "req-2");
        log.close();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+08:00 ACCESS method=GET "
                + "path=/api/v1/halls status=200 durationMs=1\\.042 partner=p1 requestId=req-1");
        assertThat(lines.get(1)).endsWith("ACCESS method=POST path=/api/v1/dossiers status=201 durationMs=0.007 "
                + "partner=immigration:o1 requestId=req-2");
    }

    @Test
    void writesOneJsonObjectPerLineWhereTheLogsAreJsonWithTheTraceId() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AccessLog log = new AccessLog(true, true, 200, null, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        log.log("GET", "/api/v1/halls/a\"b\\c", 404, 1_042, "p1", "req-1", "0af7651916cd43dd8448eb211c80319c");
        log.log("GET", "/api/v1/halls", 200, 7, "-", "req-2", null);
        log.close();
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        ObjectMapper json = new ObjectMapper();
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}\\+08:00");
        assertThat(first.get("type").asText()).isEqualTo("access");
        assertThat(first.get("path").asText()).isEqualTo("/api/v1/halls/a\"b\\c");
        assertThat(first.get("status").asInt()).isEqualTo(404);
        assertThat(first.get("durationMs").decimalValue()).isEqualByComparingTo("1.042");
        assertThat(first.get("requestId").asText()).isEqualTo("req-1");
        assertThat(first.get("traceId").asText()).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(json.readTree(lines.get(1)).has("traceId")).as("no trace while tracing is off").isFalse();
    }
}
