package cn.zgc.residence.common.i18n;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The language of the current request's caller, from its {@code Accept-Language}; English where no request is
 * being served (an event consumer, a scheduled task). Inject it where a view is built, as {@code Caller} is
 * injected for the caller's identity.
 */
@ApplicationScoped
public class CallerLanguage {

    @Inject
    CurrentVertxRequest request;

    public Language get() {
        if (!Arc.container().requestContext().isActive()) {
            return Language.EN;
        }
        RoutingContext current = request.getCurrent();
        return current == null ? Language.EN : Language.of(current.request().getHeader("Accept-Language"));
    }
}
