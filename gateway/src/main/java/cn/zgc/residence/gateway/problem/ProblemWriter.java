package cn.zgc.residence.gateway.problem;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.i18n.Text;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes the gateway's one error body: RFC 9457 problem details, title and detail in the caller's language
 * ({@code Accept-Language}: Chinese for any {@code zh} range preferred over English, English otherwise), as the
 * services write theirs; the type and status do not change with the language.
 */
public final class ProblemWriter {

    private ProblemWriter() {
    }

    /** The caller's language, from the request's {@code Accept-Language}. */
    public static Language language(HttpServerRequest request) {
        return Language.of(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
    }

    public static Buffer body(GatewayProblem problem, Text detail, String instance, Language language) {
        JsonObject json = new JsonObject()
                .put("type", problem.type())
                .put("title", problem.title(language))
                .put("status", problem.status());
        if (detail != null) {
            json.put("detail", detail.in(language));
        }
        if (instance != null) {
            json.put("instance", instance);
        }
        return json.toBuffer();
    }

    /** Ends the exchange with the problem, unless a response has already begun. */
    public static void send(RoutingContext ctx, GatewayProblem problem, Text detail) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.ended()) {
            return;
        }
        response.setStatusCode(problem.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, GatewayProblem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                .end(body(problem, detail, ctx.request().path(), language(ctx.request())));
    }
}
