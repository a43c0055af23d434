package cn.zgc.residence.web.pages;

import cn.zgc.residence.web.session.CurrentUser;
import cn.zgc.residence.web.session.DevSignIn;
import cn.zgc.residence.web.session.SessionCookie;
import cn.zgc.residence.web.session.SignedIn;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;

/** The start page, the language switch, signing in and out. */
@Path("/web")
@Produces(MediaType.TEXT_HTML)
public class SignInPages {

    private final Page page;
    private final CurrentUser user;
    private final DevSignIn devSignIn;
    private final SessionCookie sessions;

    public SignInPages(Page page, CurrentUser user, DevSignIn devSignIn, SessionCookie sessions) {
        this.page = page;
        this.user = user;
        this.devSignIn = devSignIn;
        this.sessions = sessions;
    }

    @GET
    public Response home() {
        return Response.seeOther(URI.create(user.get().map(SignInPages::homeOf).orElse("/web/sign-in"))).build();
    }

    @GET
    @Path("/sign-in")
    public TemplateInstance signIn() {
        return page.render("sign-in", "/web/sign-in", "dev", devSignIn.active(), "error", null);
    }

    /** The development sign-in: 404 unless it is active (never in the prod profile). */
    @POST
    @Path("/sign-in/dev")
    public Response devSignIn(@RestForm String role, @RestForm String partnerId) {
        if (!devSignIn.active()) {
            throw new NotFoundException();
        }
        SignedIn who;
        try {
            who = devSignIn.signIn(role, partnerId == null ? null : partnerId.trim());
        } catch (IllegalArgumentException e) {
            return Response.status(Response.Status.BAD_REQUEST).type(MediaType.TEXT_HTML_TYPE)
                    .entity(page.render("sign-in", "/web/sign-in", "dev", true, "error", page.text("signInInvalid")))
                    .build();
        }
        return Response.seeOther(URI.create(homeOf(who))).cookie(sessions.issue(who)).build();
    }

    @GET
    @Path("/sign-in/dev")
    public Response devSignInPage() {
        if (!devSignIn.active()) {
            throw new NotFoundException();
        }
        return Response.seeOther(URI.create("/web/sign-in")).build();
    }

    /** In the cluster: reached after the OpenID Connect provider signed the person in (the path needs a session). */
    @GET
    @Path("/sign-in/oidc")
    public Response oidcSignedIn() {
        return Response.seeOther(URI.create(user.get().map(SignInPages::homeOf).orElse("/web/sign-in"))).build();
    }

    @POST
    @Path("/sign-out")
    public Response signOut() {
        return Response.seeOther(URI.create("/web/sign-in")).cookie(sessions.clear()).build();
    }

    /** Sets the language and goes back to the page the switch was on (only pages of this site). */
    @GET
    @Path("/language")
    public Response language(@QueryParam("to") String to, @QueryParam("back") String back) {
        String language = Lang.of(to).orElse("zh");
        String target = back != null && back.startsWith("/web") && !back.startsWith("//") && !back.contains("\\")
                ? back : "/web/";
        NewCookie cookie = new NewCookie.Builder(Lang.COOKIE).value(language).path("/web").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.STRICT).httpOnly(true).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }

    static String homeOf(SignedIn who) {
        return switch (who.role()) {
            case SignedIn.PARTNER -> "/web/partner";
            case SignedIn.IMMIGRATION -> "/web/console";
            case SignedIn.COMMITTEE -> "/web/committee";
            default -> "/web/sign-in";
        };
    }
}
