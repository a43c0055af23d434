package cn.zgc.residence.common.problem;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.i18n.Language;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers 413 problem+json for a declared body larger than the limit, before any of it is read. Bodies without
 * a Content-Length are cut by the HTTP server's own limit ({@code quarkus.http.limits.max-body-size}).
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    public BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-100).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && isOver(length)) {
                Problem problem = Problem.of(ProblemKind.PAYLOAD_TOO_LARGE, new Text(
                                "The body may have at most " + maxBytes + " bytes", "请求正文最多 " + maxBytes + " 字节"))
                        .withInstance(ctx.request().path())
                        .in(Language.of(ctx.request().getHeader(HttpHeaders.ACCEPT_LANGUAGE)));
                ctx.response().setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(Json.encode(problem));
                return;
            }
            ctx.next();
        });
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
