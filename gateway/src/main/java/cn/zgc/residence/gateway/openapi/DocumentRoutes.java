package cn.zgc.residence.gateway.openapi;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.gateway.problem.GatewayProblem;
import cn.zgc.residence.gateway.problem.ProblemWriter;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The public documents of the gateway: the merged OpenAPI document at {@code /openapi}, Swagger UI showing it at
 * {@code /q/swagger-ui}, and the AsyncAPI events document at {@code /asyncapi.yaml}.
 */
@ApplicationScoped
public class DocumentRoutes {

    static final String ASYNCAPI_RESOURCE = "META-INF/zgc/asyncapi.yaml";
    private static final String UI_FILES = "META-INF/resources/openapi-ui";
    private static final String UI_INDEX = "gateway-ui/index.html";

    private final MergedApiDocument api;
    private final Optional<Buffer> asyncapi;
    private final Buffer uiIndex;

    public DocumentRoutes(MergedApiDocument api) {
        this.api = api;
        this.asyncapi = resource(ASYNCAPI_RESOURCE);
        this.uiIndex = resource(UI_INDEX).orElseThrow(() -> new IllegalStateException(UI_INDEX + " is missing"));
    }

    public void install(Router router, int order) {
        router.get("/openapi").order(order).handler(this::openapi);
        router.get("/asyncapi.yaml").order(order).handler(this::asyncapi);
        // the route matches with and without the trailing slash; relative asset links need the slash
        router.get("/q/swagger-ui").order(order).handler(ctx -> {
            if (ctx.request().path().endsWith("/")) {
                ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html;charset=UTF-8").end(uiIndex);
            } else {
                ctx.redirect("/q/swagger-ui/");
            }
        });
        router.get("/q/swagger-ui/index.html").order(order).handler(ctx -> ctx.redirect("/q/swagger-ui/"));
        router.get("/q/swagger-ui/*").order(order + 1).handler(StaticHandler.create(UI_FILES).setCachingEnabled(true));
    }

    private void openapi(RoutingContext ctx) {
        MergedApiDocument.Rendered document = api.current();
        String format = ctx.request().getParam("format");
        String accept = ctx.request().getHeader(HttpHeaders.ACCEPT);
        boolean json = format != null ? format.equalsIgnoreCase("json")
                : accept != null && accept.contains("json") && !accept.contains("yaml");
        ctx.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, json ? "application/json;charset=UTF-8" : "application/yaml;charset=UTF-8")
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .end(json ? document.json() : document.yaml());
    }

    private void asyncapi(RoutingContext ctx) {
        if (asyncapi.isEmpty()) {
            ProblemWriter.send(ctx, GatewayProblem.NOT_FOUND,
                    new Text("This build carries no events document", "此版本不含事件文档"));
            return;
        }
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/yaml;charset=UTF-8").end(asyncapi.get());
    }

    private static Optional<Buffer> resource(String name) {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(Buffer.buffer(in.readAllBytes()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
