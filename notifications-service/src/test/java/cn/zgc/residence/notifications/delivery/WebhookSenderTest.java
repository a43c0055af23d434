package cn.zgc.residence.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.notifications.WebhookReceiver;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The sender connects to the address it is given and never resolves the URL's host name again. */
@QuarkusTest
class WebhookSenderTest {

    @Inject
    WebhookSender sender;

    @Test
    void connectsToTheCheckedAddressWhileTheHostHeaderNamesTheUrlsHost() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            // a name that resolves nowhere (.invalid, RFC 6761): had the client looked it up, the request would fail
            ResolvedEndpoint endpoint = new ResolvedEndpoint("hooks.partner.invalid", receiver.port(), false,
                    "/in?x=1", InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
            SendResult result = sender.send(endpoint, Map.of("webhook-id", "msg_1"), "{}").toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            assertThat(result.statusCode()).isEqualTo(204);
            assertThat(receiver.received()).singleElement().satisfies(request -> {
                assertThat(request.header("host")).isEqualTo("hooks.partner.invalid:" + receiver.port());
                assertThat(request.webhookId()).isEqualTo("msg_1");
            });
        }
    }

    @Test
    void aResponseThatTakesTooLongIsAFailureWithoutAStatus() throws Exception {
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.slow(20_000);
            ResolvedEndpoint endpoint = new ResolvedEndpoint("127.0.0.1", receiver.port(), false, "/",
                    InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
            SendResult result = sender.send(endpoint, Map.of(), "{}").toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertThat(result.statusCode()).isNull();
            assertThat(result.error()).contains("no complete response within");
            assertThat(result.latencyMs()).isBetween(1_000L, 10_000L);
        }
    }
}
