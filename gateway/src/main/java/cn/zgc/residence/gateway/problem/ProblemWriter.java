package cn.zgc.residence.gateway.problem;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes the gateway's one error body: RFC 9457 problem details. */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    public static Buffer body(GatewayProblem problem, String detail, String instance) {
        JsonObject json = new JsonObject()
                .put("type", problem.type())
                .put("title", problem.title())
                .put("status", problem.status());
        if (detail != null) {
            json.put("detail", detail);
        }
        if (instance != null) {
            json.put("instance", instance);
        }
        return json.toBuffer();
    }

    /** Ends the exchange with the problem, unless a response has already begun. */
    public static void send(RoutingContext ctx, GatewayProblem problem, String detail) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended()) {
            return;
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, GatewayProblem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body(problem, detail, ctx.request().path()));
    }
}
