package cn.zgc.residence.testsupport;

import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import com.google.protobuf.InvalidProtocolBufferException;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Properties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A small OpenTelemetry collector for tests: an OTLP/HTTP endpoint ({@code POST /v1/traces}, protobuf) on a local
 * port that keeps every span it is sent, read with the OpenTelemetry protobuf model. One per JVM, started on first use.
 */
public final class OtlpReceiver {

    /** One received span, with the {@code service.name} of the process that sent it; attribute values as text. */
    public record ReceivedSpan(String service, String traceId, String spanId, String parentSpanId, String name,
            Span.SpanKind kind, Map<String, String> attributes) {
    }

    /**
     * Quarkus loads test classes more than once (a test resource and a test may see different copies), so the one
     * receiver of the JVM is found by its address in a system property, and every copy reads the received requests
     * back from it over HTTP ({@code GET /v1/traces}: each request's length, then its bytes).
     */
    private static final String ENDPOINT = "zgc.test.otlp.endpoint";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String endpoint;

    private OtlpReceiver(String endpoint) {
        this.endpoint = endpoint;
    }

    public static OtlpReceiver get() {
        Properties system = System.getProperties();
        synchronized (system) {
            if (system.getProperty(ENDPOINT) == null) {
                HttpServer server = start(new CopyOnWriteArrayList<>());
                system.setProperty(ENDPOINT, "http://127.0.0.1:" + server.getAddress().getPort());
            }
            return new OtlpReceiver(system.getProperty(ENDPOINT));
        }
    }

    /** Keeps every export request's bytes and answers an empty ExportTraceServiceResponse; hands them back on GET. */
    private static HttpServer start(List<byte[]> requests) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
            server.createContext("/v1/traces", exchange -> {
                try (InputStream body = exchange.getRequestBody()) {
                    ByteArrayOutputStream reply = new ByteArrayOutputStream();
                    if ("POST".equals(exchange.getRequestMethod())) {
                        requests.add(body.readAllBytes());
                        reply.write(answer);
                    } else {
                        DataOutputStream out = new DataOutputStream(reply);
                        for (byte[] request : requests) {
                            out.writeInt(request.length);
                            out.write(request);
                        }
                    }
                    exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
                    exchange.sendResponseHeaders(200, reply.size() == 0 ? -1 : reply.size());
                    if (reply.size() > 0) {
                        try (OutputStream out = exchange.getResponseBody()) {
                            reply.writeTo(out);
                        }
                    }
                } finally {
                    exchange.close();
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base address to give an OTLP/HTTP exporter, for example {@code http://127.0.0.1:41234}. */
    public String endpoint() {
        return endpoint;
    }

    /** Every span received so far (a request that is no ExportTraceServiceRequest fails the test reading it). */
    public List<ReceivedSpan> spans() {
        List<ReceivedSpan> spans = new ArrayList<>();
        try {
            byte[] all = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint + "/v1/traces")).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(all));
            while (in.available() > 0) {
                byte[] request = new byte[in.readInt()];
                in.readFully(request);
                read(ExportTraceServiceRequest.parseFrom(request), spans);
            }
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("not an OTLP trace export request", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return spans;
    }

    public List<ReceivedSpan> spansOf(String traceId) {
        return spans().stream().filter(s -> s.traceId().equals(traceId)).toList();
    }

    /** Waits until one span of the trace matches, and returns it. */
    public ReceivedSpan awaitSpan(String traceId, Predicate<ReceivedSpan> wanted) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> spansOf(traceId).stream().filter(wanted).findFirst().orElse(null), s -> s != null);
    }

    private static Map<String, String> attributes(List<KeyValue> attributes) {
        Map<String, String> values = new LinkedHashMap<>();
        for (KeyValue attribute : attributes) {
            AnyValue value = attribute.getValue();
            values.put(attribute.getKey(), switch (value.getValueCase()) {
                case STRING_VALUE -> value.getStringValue();
                case INT_VALUE -> Long.toString(value.getIntValue());
                case BOOL_VALUE -> Boolean.toString(value.getBoolValue());
                case DOUBLE_VALUE -> Double.toString(value.getDoubleValue());
                default -> value.toString();
            });
        }
        return values;
    }

    private static void read(ExportTraceServiceRequest request, List<ReceivedSpan> spans) {
        HexFormat hex = HexFormat.of();
        for (ResourceSpans resource : request.getResourceSpansList()) {
            String service = resource.getResource().getAttributesList().stream()
                    .filter(a -> a.getKey().equals("service.name"))
                    .map(KeyValue::getValue).map(v -> v.getStringValue()).findFirst().orElse("");
            for (ScopeSpans scope : resource.getScopeSpansList()) {
                for (Span span : scope.getSpansList()) {
                    spans.add(new ReceivedSpan(service, hex.formatHex(span.getTraceId().toByteArray()),
                            hex.formatHex(span.getSpanId().toByteArray()),
                            hex.formatHex(span.getParentSpanId().toByteArray()), span.getName(), span.getKind(),
                            attributes(span.getAttributesList())));
                }
            }
        }
    }
}
