package cn.zgc.residence.web.api;

import cn.zgc.residence.web.observe.RequestIdLogging;
import cn.zgc.residence.web.pages.Lang;
import cn.zgc.residence.web.session.CurrentUser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Every API call carries the signed-in person's bearer token, the page's language and the page request's id (the
 * gateway keeps it, so one id runs through the logs of the page, the gateway and the services); the OpenTelemetry
 * instrumentation of the client adds the traceparent.
 */
@ApplicationScoped
public class ApiHeaders implements ClientHeadersFactory {

    private final CurrentUser user;
    private final Lang lang;

    public ApiHeaders(CurrentUser user, Lang lang) {
        this.user = user;
        this.lang = lang;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        user.get().ifPresent(who -> headers.putSingle("Authorization", "Bearer " + who.token()));
        headers.putSingle("Accept-Language", lang.code());
        String requestId = RequestIdLogging.current();
        if (requestId != null) {
            headers.putSingle(RequestIdLogging.HEADER, requestId);
        }
        return headers;
    }
}
