package cn.zgc.residence.notifications.delivery;

import cn.zgc.residence.notifications.config.NotificationsConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.net.PemTrustOptions;
import io.vertx.core.net.SocketAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends one webhook request with Vert.x's HTTP client to the checked address: {@link RequestOptions#setServer} names
 * the socket address to connect to (an {@link InetSocketAddress} already resolved, so no lookup happens), while the
 * Host header, TLS SNI and certificate verification use the URL's host name. Redirects are not followed; at most
 * {@code max-response-bytes} of the body are read before the connection is dropped; the whole exchange has a deadline.
 */
@ApplicationScoped
public class WebhookSender {

    private final Vertx vertx;
    private final HttpClient client;
    private final long requestTimeoutMillis;
    private final int maxResponseBytes;

    public WebhookSender(Vertx vertx, NotificationsConfig config) {
        this.vertx = vertx;
        this.requestTimeoutMillis = config.egress().requestTimeout().toMillis();
        this.maxResponseBytes = config.egress().maxResponseBytes();
        HttpClientOptions options = new HttpClientOptions()
                .setConnectTimeout((int) config.egress().connectTimeout().toMillis())
                .setVerifyHost(true)
                .setTrustAll(false)
                .setForceSni(true)
                .setMaxRedirects(0)
                .setKeepAlive(true)
                .setMaxPoolSize(config.delivery().perEndpointConcurrency());
        config.egress().trustedCertificates()
                .ifPresent(pem -> options.setTrustOptions(new PemTrustOptions().addCertPath(pem)));
        this.client = vertx.createHttpClient(options);
    }

    void close(@Observes ShutdownEvent event) {
        client.close();
    }

    /** POSTs the body with the headers; completes with the status or the failure, never exceptionally. */
    public CompletionStage<SendResult> send(ResolvedEndpoint endpoint, Map<String, String> headers, String body) {
        CompletableFuture<SendResult> result = new CompletableFuture<>();
        long started = System.nanoTime();
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setServer(SocketAddress.inetSocketAddress(new InetSocketAddress(endpoint.address(), endpoint.port())))
                .setHost(endpoint.host())
                .setPort(endpoint.port())
                .setSsl(endpoint.tls())
                .setURI(endpoint.pathAndQuery())
                .setFollowRedirects(false);
        headers.forEach(options::putHeader);
        options.putHeader("content-type", "application/json");
        options.putHeader("user-agent", "zgc-residence-webhooks/1.0");
        AtomicLong timer = new AtomicLong(-1);
        client.request(options).onComplete(requested -> {
            if (requested.failed()) {
                result.complete(failure(started, requested.cause()));
                return;
            }
            HttpClientRequest request = requested.result();
            timer.set(vertx.setTimer(requestTimeoutMillis, id -> {
                if (result.complete(new SendResult(null, millisSince(started),
                        "no complete response within " + requestTimeoutMillis + " ms"))) {
                    request.reset();
                }
            }));
            request.response().onComplete(answered -> {
                if (answered.failed()) {
                    result.complete(failure(started, answered.cause()));
                    return;
                }
                var response = answered.result();
                int status = response.statusCode();
                long[] read = {0};
                response.handler(chunk -> {
                    read[0] += chunk.length();
                    if (read[0] > maxResponseBytes
                            && result.complete(new SendResult(status, millisSince(started), null))) {
                        // the status is what counts: the rest of a large body is not read
                        request.reset();
                    }
                });
                response.exceptionHandler(e -> result.complete(new SendResult(status, millisSince(started), null)));
                response.endHandler(v -> result.complete(new SendResult(status, millisSince(started), null)));
            });
            request.end(Buffer.buffer(body)).onFailure(e -> result.complete(failure(started, e)));
        });
        return result.whenComplete((r, e) -> {
            long id = timer.get();
            if (id >= 0) {
                vertx.cancelTimer(id);
            }
        });
    }

    private static SendResult failure(long started, Throwable cause) {
        String message = describe(cause);
        Throwable root = cause;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root != cause) {
            // the root says why (for a TLS failure: the certificate does not name the host, or is not trusted)
            message = message + " (" + describe(root) + ")";
        }
        return new SendResult(null, millisSince(started), message.length() > 300 ? message.substring(0, 300) : message);
    }

    private static String describe(Throwable e) {
        String kind = e.getClass().getSimpleName();
        return e.getMessage() == null ? kind : kind + ": " + e.getMessage();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }
}
