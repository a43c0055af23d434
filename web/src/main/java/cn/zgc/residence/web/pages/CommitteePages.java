package cn.zgc.residence.web.pages;

import cn.zgc.residence.web.api.ApiProblem;
import cn.zgc.residence.web.api.GatewayApi;
import cn.zgc.residence.web.session.SignedIn;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/** The Administrative Committee's pages: criteria versions, and recommendation letters issued or revoked. */
@Path("/web/committee")
@Produces(MediaType.TEXT_HTML)
public class CommitteePages {

    private final Page page;
    private final GatewayApi api;

    public CommitteePages(Page page, @RestClient GatewayApi api) {
        this.page = page;
        this.api = api;
    }

    @GET
    public TemplateInstance home() {
        page.require(SignedIn.COMMITTEE);
        return render(null, null);
    }

    @POST
    @Path("/letters")
    public Response issue(@RestForm String assessmentId) {
        page.require(SignedIn.COMMITTEE);
        try {
            Map<String, Object> letter = api.issueLetter(assessmentId == null ? "" : assessmentId.trim());
            return Response.ok(render(letter, null)).type(MediaType.TEXT_HTML_TYPE).build();
        } catch (ApiProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            return Response.status(problem.status() >= 500 ? 502 : problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(render(null, problem)).build();
        }
    }

    @POST
    @Path("/letters/revocation")
    public Response revoke(@RestForm String assessmentId, @RestForm String reason) {
        page.require(SignedIn.COMMITTEE);
        try {
            Map<String, Object> letter = api.revokeLetter(assessmentId == null ? "" : assessmentId.trim(),
                    Map.of("reason", reason == null ? "" : reason.trim()));
            return Response.ok(render(letter, null)).type(MediaType.TEXT_HTML_TYPE).build();
        } catch (ApiProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            return Response.status(problem.status() >= 500 ? 502 : problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(render(null, problem)).build();
        }
    }

    private TemplateInstance render(Map<String, Object> letter, ApiProblem problem) {
        List<Map<String, Object>> criteria;
        ApiProblem criteriaProblem = null;
        try {
            criteria = api.criteria();
        } catch (ApiProblem e) {
            if (e.status() == 401) {
                throw e;
            }
            criteria = List.of();
            criteriaProblem = e;
        }
        return page.render("committee", "/web/committee", "criteria", criteria, "criteriaProblem", criteriaProblem,
                "letter", letter, "problem", problem);
    }
}
