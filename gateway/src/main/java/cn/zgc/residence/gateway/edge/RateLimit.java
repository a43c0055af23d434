package cn.zgc.residence.gateway.edge;

import cn.zgc.residence.gateway.problem.GatewayProblem;
import cn.zgc.residence.gateway.problem.ProblemWriter;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

/** Per-partner rate limit after authentication: 429 with Retry-After (whole seconds, at least 1). */
public final class RateLimit implements Handler<RoutingContext> {

    private final TokenBuckets buckets;

    public RateLimit(TokenBuckets buckets) {
        this.buckets = buckets;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Caller caller = ctx.get(Caller.KEY);
        long waitNanos = buckets.take(caller.bucketKey(), System.nanoTime());
        if (waitNanos == 0) {
            ctx.next();
            return;
        }
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemWriter.send(ctx, GatewayProblem.TOO_MANY_REQUESTS,
                "The request rate of this partner is over its limit; retry after " + seconds + " s");
    }
}
