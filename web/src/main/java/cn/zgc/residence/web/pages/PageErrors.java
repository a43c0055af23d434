package cn.zgc.residence.web.pages;

import cn.zgc.residence.web.api.ApiProblem;
import cn.zgc.residence.web.session.SessionCookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** What a page shows when something is refused: the sign-in page, or an error page in the person's language. */
public class PageErrors {

    private final Page page;
    private final SessionCookie sessions;

    public PageErrors(Page page, SessionCookie sessions) {
        this.page = page;
        this.sessions = sessions;
    }

    @ServerExceptionMapper
    public Response signInRequired(Page.SignInRequired e) {
        return Response.seeOther(URI.create("/web/sign-in")).build();
    }

    @ServerExceptionMapper
    public Response wrongRole(Page.WrongRole e) {
        return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.render("error", "/web/", "status", 403, "title", page.text("errorWrongRole"),
                        "detail", null, "fields", java.util.List.of()))
                .build();
    }

    /** The gateway cannot be reached or stays silent: a page that says so, 502, never a stack trace. */
    @ServerExceptionMapper
    public Response apiUnreachable(jakarta.ws.rs.ProcessingException e) {
        return Response.status(Response.Status.BAD_GATEWAY).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.render("error", "/web/", "status", 502, "title", page.text("errorApiUnreachable"),
                        "detail", null, "fields", java.util.List.of()))
                .build();
    }

    @ServerExceptionMapper
    public Response apiProblem(ApiProblem e) {
        if (e.status() == 401) {
            // the token expired or is no longer trusted: sign in again
            return Response.seeOther(URI.create("/web/sign-in")).cookie(sessions.clear()).build();
        }
        int status = e.status() >= 500 ? 502 : e.status();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(page.render("error", "/web/", "status", e.status(), "title", e.title(), "detail", e.detail(),
                        "fields", e.fieldErrors()))
                .build();
    }
}
