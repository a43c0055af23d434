package cn.zgc.residence.gateway.edge;

import cn.zgc.residence.gateway.problem.GatewayProblem;
import cn.zgc.residence.gateway.problem.ProblemWriter;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers 413 for a declared body over the limit before any of it is read. Chunked bodies are counted while they
 * stream to the backend ({@link cn.zgc.residence.gateway.routing.LimitedBody}).
 */
public final class BodyLimit implements Handler<RoutingContext> {

    private final long maxBytes;

    public BodyLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && declaredOver(length)) {
            // the unread body would otherwise have to be drained: close the connection instead
            ctx.response().putHeader(HttpHeaders.CONNECTION, "close");
            ProblemWriter.send(ctx, GatewayProblem.PAYLOAD_TOO_LARGE, "The body may have at most " + maxBytes + " bytes");
            return;
        }
        ctx.next();
    }

    private boolean declaredOver(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBytes;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
