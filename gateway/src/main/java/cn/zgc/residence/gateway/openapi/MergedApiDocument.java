package cn.zgc.residence.gateway.openapi;

import cn.zgc.residence.gateway.config.GatewayConfig;
import cn.zgc.residence.gateway.routing.Backends;
import cn.zgc.residence.gateway.routing.Backends.Backend;
import cn.zgc.residence.gateway.routing.CircuitBreaker;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * The merged API document, rebuilt from the services' documents at start, every refresh interval, and when a
 * backend's circuit closes again. Kept rendered (YAML and JSON) so that serving it costs nothing.
 */
@ApplicationScoped
public class MergedApiDocument {

    /** The document as served, and which services it lacks. */
    public record Rendered(Buffer yaml, Buffer json, List<String> unavailable) {
    }

    private static final Logger LOG = Logger.getLogger(MergedApiDocument.class);

    private final Backends backends;
    private final GatewayConfig config;
    private final Vertx vertx;
    private final ObjectMapper json = new ObjectMapper();
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS));
    private final ApiDocumentMerger merger;
    private final AtomicBoolean refreshing = new AtomicBoolean();
    private volatile Rendered current;

    public MergedApiDocument(Backends backends, GatewayConfig config, Vertx vertx) {
        this.backends = backends;
        this.config = config;
        this.vertx = vertx;
        this.merger = new ApiDocumentMerger(json, config.openapi().tokenUrl());
        this.current = render(merger.merge(Map.of(), documented(), config.openapi().serverUrl()), documented());
    }

    void start(@Observes StartupEvent event) {
        backends.all().values().forEach(backend -> backend.instances()
                .forEach(instance -> instance.breaker().onClose(this::refresh)));
        refresh();
        vertx.setPeriodic(config.openapi().refreshInterval().toMillis(), id -> refresh());
    }

    public Rendered current() {
        return current;
    }

    /** Fetches every service's document and rebuilds the merged one; one refresh at a time. */
    public Future<Rendered> refresh() {
        if (!refreshing.compareAndSet(false, true)) {
            return Future.succeededFuture(current);
        }
        Map<String, Future<JsonNode>> fetches = new LinkedHashMap<>();
        backends.all().values().stream().filter(backend -> documented().contains(backend.name()))
                .forEach(backend -> fetches.put(backend.name(), fetch(backend)));
        return Future.join(new ArrayList<>(fetches.values())).transform(ignored -> {
            Map<String, JsonNode> documents = new LinkedHashMap<>();
            List<String> unavailable = new ArrayList<>();
            fetches.forEach((name, fetch) -> {
                if (fetch.succeeded()) {
                    documents.put(name, fetch.result());
                } else {
                    unavailable.add(name);
                }
            });
            return vertx.executeBlocking(() -> render(
                    merger.merge(documents, unavailable, config.openapi().serverUrl()), unavailable), false);
        }).onComplete(result -> {
            refreshing.set(false);
            if (result.succeeded()) {
                if (!result.result().unavailable().equals(current.unavailable())) {
                    LOG.infof("API document rebuilt; services missing from it: %s", result.result().unavailable());
                }
                current = result.result();
                if (!current.unavailable().isEmpty()) {
                    vertx.setTimer(config.openapi().retryWhileMissing().toMillis(), id -> refresh());
                }
            } else {
                LOG.warnf("API document not rebuilt: %s", result.cause().getMessage());
            }
        });
    }

    /** The backends whose API operations make up the document (the web pages' backend has none). */
    private List<String> documented() {
        return backends.all().keySet().stream().filter(name -> config.backends().get(name).apiDocument()).toList();
    }

    /**
     * The backend's document from one of its instances (they run the same build): those whose circuit is closed
     * first, the next one asked when one fails.
     */
    private Future<JsonNode> fetch(Backend backend) {
        long now = System.nanoTime();
        List<Backends.Instance> order = backend.instances().stream()
                .sorted(Comparator.comparing(instance -> instance.breaker().state(now) != CircuitBreaker.State.CLOSED))
                .toList();
        Future<JsonNode> fetch = fetch(order.get(0));
        for (Backends.Instance instance : order.subList(1, order.size())) {
            fetch = fetch.recover(failure -> fetch(instance));
        }
        return fetch;
    }

    private Future<JsonNode> fetch(Backends.Instance instance) {
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(instance.host())
                .setPort(instance.port())
                .setSsl(instance.ssl())
                .setURI(config.openapi().backendPath())
                .setIdleTimeout(config.openapi().fetchTimeout().toMillis())
                .putHeader("Accept", "application/json");
        return backends.client().request(options)
                .compose(request -> request.send())
                .compose(response -> response.statusCode() == 200 ? response.body()
                        : Future.failedFuture("status " + response.statusCode()))
                .map(body -> {
                    try {
                        JsonNode document = json.readTree(body.getBytes());
                        if (!document.isObject() || !document.has("paths")) {
                            throw new IllegalStateException("not an OpenAPI document");
                        }
                        return document;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }

    private Rendered render(ObjectNode document, List<String> unavailable) {
        try {
            return new Rendered(Buffer.buffer(yaml.writeValueAsBytes(document)),
                    Buffer.buffer(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document)),
                    List.copyOf(unavailable));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot render the API document", e);
        }
    }
}
