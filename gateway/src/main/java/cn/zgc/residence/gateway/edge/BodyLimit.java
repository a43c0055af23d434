package cn.zgc.residence.gateway.edge;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.gateway.problem.GatewayProblem;
import cn.zgc.residence.gateway.problem.ProblemWriter;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import java.util.regex.Pattern;

/**
 * Answers 413 for a declared body over the limit before any of it is read. Chunked bodies are counted while they
 * stream to the backend ({@link cn.zgc.residence.gateway.routing.LimitedBody}). File uploads (POST or PUT to an
 * upload path) have their own, larger limit; every other request has the default one.
 */
public final class BodyLimit implements Handler<RoutingContext> {

    private final long defaultBytes;
    private final long uploadBytes;
    private final Pattern uploadPaths;

    public BodyLimit(long defaultBytes, long uploadBytes, String uploadPaths) {
        this.defaultBytes = defaultBytes;
        this.uploadBytes = uploadBytes;
        this.uploadPaths = Pattern.compile(uploadPaths);
    }

    /** The limit of a request by its method and path. */
    public long limitFor(HttpMethod method, String path) {
        boolean upload = (method == HttpMethod.POST || method == HttpMethod.PUT) && uploadPaths.matcher(path).matches();
        return upload ? uploadBytes : defaultBytes;
    }

    @Override
    public void handle(RoutingContext ctx) {
        long maxBytes = limitFor(ctx.request().method(), ctx.request().path());
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredOver(length, maxBytes)) {
            // the unread body would otherwise have to be drained: close the connection instead
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            ProblemWriter.send(ctx, GatewayProblem.PAYLOAD_TOO_LARGE, tooLarge(maxBytes));
            return;
        }
        ctx.next();
    }

    /** The detail of a 413: the route's limit, in both languages. */
    public static Text tooLarge(long maxBytes) {
        return new Text("The body may have at most " + maxBytes + " bytes", "请求正文最多 " + maxBytes + " 字节");
    }

    private static boolean declaredOver(String length, long maxBytes) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
