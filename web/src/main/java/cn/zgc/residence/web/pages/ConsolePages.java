package cn.zgc.residence.web.pages;

import cn.zgc.residence.web.api.ApiProblem;
import cn.zgc.residence.web.api.GatewayApi;
import cn.zgc.residence.web.session.SignedIn;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/** The immigration console: the worklist of dossiers, the review screen, and payments waiting for confirmation. */
@Path("/web/console")
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

    static final List<String> STATUSES = List.of("OPEN", "READY", "SUBMITTED", "RETURNED", "ACCEPTED",
            "UNDER_EXAMINATION", "APPROVED", "REFUSED", "CARD_PRODUCED", "COLLECTED", "WITHDRAWN");
    private static final int PAGE_SIZE = 20;

    private final Page page;
    private final GatewayApi api;

    public ConsolePages(Page page, @RestClient GatewayApi api) {
        this.page = page;
        this.api = api;
    }

    /** The worklist: dossiers by status and applicant reference, a page at a time. */
    @GET
    public TemplateInstance worklist(@QueryParam("state") String status, @QueryParam("applicantRef") String applicantRef,
            @QueryParam("page") @DefaultValue("0") int pageNo) {
        page.require(SignedIn.IMMIGRATION);
        String chosen = status != null && STATUSES.contains(status) ? status : null;
        String ref = applicantRef == null || applicantRef.isBlank() ? null : applicantRef.trim();
        int current = Math.max(0, pageNo);
        List<Map<String, Object>> dossiers = List.of();
        long total = 0;
        ApiProblem problem = null;
        try {
            Map<String, Object> found = api.dossiers(null, ref, chosen, current, PAGE_SIZE);
            dossiers = listOf(found);
            total = found.get("total") instanceof Number n ? n.longValue() : 0;
        } catch (ApiProblem e) {
            if (e.status() == 401) {
                throw e;
            }
            problem = e;
        }
        return page.render("worklist", "/web/console", "dossiers", dossiers, "problem", problem,
                "statuses", STATUSES, "status", chosen, "applicantRef", ref == null ? "" : ref,
                "shownPage", current + 1, "prev", current > 0 ? link(chosen, ref, current - 1) : null,
                "next", (current + 1L) * PAGE_SIZE < total ? link(chosen, ref, current + 1) : null);
    }

    /** The dossiers of a page of the API's dossier list. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listOf(Map<String, Object> page) {
        return page.get("dossiers") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    private static String link(String status, String applicantRef, int page) {
        StringBuilder link = new StringBuilder("/web/console?page=").append(page);
        if (status != null) {
            link.append("&state=").append(status);
        }
        if (applicantRef != null) {
            link.append("&applicantRef=").append(java.net.URLEncoder.encode(applicantRef, java.nio.charset.StandardCharsets.UTF_8));
        }
        return link.toString();
    }

    /** The review screen: each item with its status and the rules' reasons, the dossier's invoices. */
    @GET
    @Path("/dossiers/{id}")
    public TemplateInstance dossier(@PathParam("id") String id) {
        page.require(SignedIn.IMMIGRATION);
        Map<String, Object> dossier = api.dossier(id);
        List<Map<String, Object>> invoices;
        try {
            invoices = api.invoices(id);
        } catch (ApiProblem e) {
            invoices = List.of();
        }
        return page.render("dossier", "/web/console/dossiers/" + id, "d", dossier, "invoices", invoices,
                "console", true);
    }

    @GET
    @Path("/payments")
    public TemplateInstance payments(@QueryParam("page") @DefaultValue("0") int pageNo) {
        page.require(SignedIn.IMMIGRATION);
        int current = Math.max(0, pageNo);
        return page.render("payments", "/web/console/payments", "list", api.pendingPayments(current, PAGE_SIZE));
    }

    @POST
    @Path("/payments/{invoiceId}/{paymentId}/confirmation")
    public Response confirm(@PathParam("invoiceId") String invoiceId, @PathParam("paymentId") String paymentId) {
        page.require(SignedIn.IMMIGRATION);
        api.confirmPayment(invoiceId, paymentId);
        return Response.seeOther(URI.create("/web/console/payments?done=confirmed")).build();
    }

    @POST
    @Path("/payments/{invoiceId}/{paymentId}/rejection")
    public Response reject(@PathParam("invoiceId") String invoiceId, @PathParam("paymentId") String paymentId,
            @RestForm String reason) {
        page.require(SignedIn.IMMIGRATION);
        api.rejectPayment(invoiceId, paymentId, Map.of("reason", reason == null ? "" : reason.trim()));
        return Response.seeOther(URI.create("/web/console/payments?done=rejected")).build();
    }
}
