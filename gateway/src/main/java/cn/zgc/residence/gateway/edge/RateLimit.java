package cn.zgc.residence.gateway.edge;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.gateway.problem.GatewayProblem;
import cn.zgc.residence.gateway.problem.ProblemWriter;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Function;

/**
 * Rate limit: per partner (or officer) after authentication on {@code /api/v1}, per client address on the public
 * routes; 429 with Retry-After (whole seconds, at least 1).
 */
public final class RateLimit implements Handler<RoutingContext> {

    private final TokenBuckets buckets;
    private final Function<RoutingContext, String> key;
    private final Text who;

    public RateLimit(TokenBuckets buckets) {
        this(buckets, ctx -> ctx.<Caller>get(Caller.KEY).bucketKey(), new Text("this partner", "该合作方"));
    }

    private RateLimit(TokenBuckets buckets, Function<RoutingContext, String> key, Text who) {
        this.buckets = buckets;
        this.key = key;
        this.who = who;
    }

    /** For requests without a token: one bucket per client address (as the connection, or a trusted proxy, says). */
    public static RateLimit perClientAddress(TokenBuckets buckets) {
        return new RateLimit(buckets, ctx -> "address:" + ctx.request().remoteAddress().hostAddress(),
                new Text("this client address", "该客户端地址"));
    }

    @Override
    public void handle(RoutingContext ctx) {
        long waitNanos = buckets.take(key.apply(ctx), System.nanoTime());
        if (waitNanos == 0) {
            ctx.next();
            return;
        }
        long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
        ctx.response().putHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        ProblemWriter.send(ctx, GatewayProblem.TOO_MANY_REQUESTS, new Text(
                "The request rate of " + who.en() + " is over its limit; retry after " + seconds + " s",
                who.zh() + "的请求频率超过限制；请在 " + seconds + " 秒后重试"));
    }
}
