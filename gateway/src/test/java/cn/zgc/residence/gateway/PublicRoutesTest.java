package cn.zgc.residence.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public letter check: routed to eligibility without a token, limited per client address. */
@QuarkusTest
class PublicRoutesTest {

    private static final String CHECK = "/verify/letters/ZGC-2026-000042?code=ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void forwardsTheLetterCheckToEligibilityWithoutAToken() {
        given().when().get(CHECK)
                .then().statusCode(200)
                .body("service", equalTo("eligibility"))
                .body("path", equalTo("/verify/letters/ZGC-2026-000042"))
                .body("query", equalTo("code=ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
    }

    @Test
    void limitsAnonymousRequestsPerClientAddress() throws IOException {
        // each test client connects from its own loopback address: 127.0.0.2 spends its burst (5), 127.0.0.3 not
        List<String> statuses = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            statuses.add(statusLine(from("127.0.0.2")));
        }
        assertThat(statuses.subList(0, 5)).allMatch(line -> line.startsWith("HTTP/1.1 200"));
        assertThat(statuses.get(6)).startsWith("HTTP/1.1 429");
        String refused = response(from("127.0.0.2"));
        assertThat(refused.toLowerCase()).contains("retry-after:");
        assertThat(refused).contains("urn:zgc:problem:too-many-requests");
        assertThat(statusLine(from("127.0.0.3"))).startsWith("HTTP/1.1 200");
    }

    @Test
    void thePagesArePublicWithTheirOwnPacePerClientAddress() throws IOException {
        // more than the shared anonymous burst (5): the pages' route has its own bucket (20 a second, 200 at once)
        for (int i = 0; i < 12; i++) {
            assertThat(response(from("127.0.0.4"), "/web/halls").lines().findFirst().orElse(""))
                    .startsWith("HTTP/1.1 200");
        }
        // ... and spending it leaves the letter check's bucket of the same address alone
        assertThat(statusLine(from("127.0.0.4"))).startsWith("HTTP/1.1 200");
    }

    @Test
    void theMergedDocumentListsTheCheckAsPublic() throws Exception {
        ObjectMapper json = new ObjectMapper();
        await().atMost(Duration.ofSeconds(15)).until(() -> json.readTree(given().queryParam("format", "json")
                .get("/openapi").asString()).path("paths").has("/verify/letters/{number}"));
        JsonNode check = json.readTree(given().queryParam("format", "json").get("/openapi").asString())
                .at("/paths/~1verify~1letters~1{number}/get");
        assertThat(check.path("security").isArray()).isTrue();
        assertThat(check.path("security")).isEmpty();
    }

    private Socket from(String localAddress) throws IOException {
        Socket socket = new Socket();
        socket.bind(new InetSocketAddress(InetAddress.getByName(localAddress), 0));
        socket.connect(new InetSocketAddress(gateway.getHost(), gateway.getPort()), 5000);
        socket.setSoTimeout(10_000);
        return socket;
    }

    private String statusLine(Socket socket) throws IOException {
        return response(socket).lines().findFirst().orElse("");
    }

    private String response(Socket socket) throws IOException {
        return response(socket, CHECK);
    }

    private String response(Socket socket, String path) throws IOException {
        try (socket; OutputStream out = socket.getOutputStream(); InputStream in = socket.getInputStream()) {
            out.write(("GET " + path + " HTTP/1.1\r\nHost: " + gateway.getHost() + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
