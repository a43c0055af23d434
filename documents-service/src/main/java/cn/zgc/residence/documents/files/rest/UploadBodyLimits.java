package cn.zgc.residence.documents.files.rest;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.Problem;
import cn.zgc.residence.common.problem.ProblemKind;
import cn.zgc.residence.documents.files.FilesConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Pattern;

/**
 * Body limits by route: a file upload ({@code POST .../items/{code}/files}, {@code PUT .../files/{fileId}}) may send
 * up to max-file-size, every other route keeps max-other-body-size (1 MB). The HTTP server's limit is set above the
 * upload limit, so this is where the two are told apart: a declared length over the route's limit is answered 413
 * before the body is read; a chunked body is cut by the server at the route's limit (Quarkus reads the limit of a
 * chunked request from the routing context).
 */
@ApplicationScoped
public class UploadBodyLimits {

    /** The key under which Quarkus' request body reader looks up a chunked request's limit. */
    static final String MAX_REQUEST_SIZE_KEY = "io.quarkus.max-request-size";
    static final long SLACK = 1024 * 1024;
    static final Pattern UPLOAD = Pattern.compile("^/api/v1/dossiers/[^/]+/items/[^/]+/files(/[^/]+)?/?$");

    private final long uploadLimit;
    private final long otherLimit;

    public UploadBodyLimits(FilesConfig config) {
        this.uploadLimit = config.maxFileSize().asLongValue();
        this.otherLimit = config.maxOtherBodySize().asLongValue();
    }

    void install(@Observes Router router) {
        // before the shared declared-length check (order -100), which uses the server's raised limit
        router.route().order(-101).handler(ctx -> {
            long limit = limitOf(ctx);
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null && over(length, limit)) {
                Problem problem = Problem.of(ProblemKind.PAYLOAD_TOO_LARGE, new Text("The body may have at most "
                                + limit + " bytes", "请求正文最多 " + limit + " 字节"))
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
        // after Quarkus' own limit route (order -2), which put the server's limit for chunked bodies
        router.route().order(-1).handler(ctx -> {
            if (ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null) {
                long limit = limitOf(ctx);
                // an upload is counted by the service itself, which answers 413 problem+json at its limit: the
                // server's cut stays a little above it, as a backstop
                ctx.put(MAX_REQUEST_SIZE_KEY, limit == uploadLimit ? limit + SLACK : limit);
            }
            ctx.next();
        });
    }

    private long limitOf(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        boolean upload = (method == HttpMethod.POST || method == HttpMethod.PUT)
                && UPLOAD.matcher(ctx.request().path()).matches();
        return upload ? uploadLimit : otherLimit;
    }

    private static boolean over(String length, long limit) {
        try {
            return Long.parseLong(length.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
