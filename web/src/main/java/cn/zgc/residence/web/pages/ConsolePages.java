package cn.zgc.residence.web.pages;

import cn.zgc.residence.web.api.ApiProblem;
import cn.zgc.residence.web.api.FileTransfer;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The immigration console: the worklist of dossiers, the review screen with each item's files beside the rules'
 * verdicts and the hall's moves (review an item, return with a reason per item, accept, decide, card produced and
 * collected), and payments waiting for confirmation.
 */
@Path("/web/console")
@Produces(MediaType.TEXT_HTML)
public class ConsolePages {

    static final List<String> STATUSES = List.of("OPEN", "READY", "SUBMITTED", "RETURNED", "ACCEPTED",
            "UNDER_EXAMINATION", "APPROVED", "REFUSED", "CARD_PRODUCED", "COLLECTED", "WITHDRAWN");
    private static final int PAGE_SIZE = 20;

    private final Page page;
    private final GatewayApi api;
    private final FileTransfer files;

    public ConsolePages(Page page, @RestClient GatewayApi api, FileTransfer files) {
        this.page = page;
        this.api = api;
        this.files = files;
    }

    /** The worklist: dossiers by state, applicant reference, hall and day of submission, a page at a time. */
    @GET
    public TemplateInstance worklist(@QueryParam("state") String status, @QueryParam("applicantRef") String applicantRef,
            @QueryParam("hallId") String hallId, @QueryParam("submittedFrom") String submittedFrom,
            @QueryParam("submittedTo") String submittedTo, @QueryParam("page") @DefaultValue("0") int pageNo) {
        page.require(SignedIn.IMMIGRATION);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("state", status != null && STATUSES.contains(status) ? status : null);
        filters.put("applicantRef", blankToNull(applicantRef));
        filters.put("hallId", blankToNull(hallId));
        filters.put("submittedFrom", blankToNull(submittedFrom));
        filters.put("submittedTo", blankToNull(submittedTo));
        int current = Math.max(0, pageNo);
        List<Map<String, Object>> dossiers = List.of();
        long total = 0;
        ApiProblem problem = null;
        try {
            Map<String, Object> found = api.dossiers(null, filters.get("applicantRef"), filters.get("state"),
                    filters.get("hallId"), filters.get("submittedFrom"), filters.get("submittedTo"), null, current,
                    PAGE_SIZE);
            dossiers = listOf(found);
            total = found.get("total") instanceof Number n ? n.longValue() : 0;
        } catch (ApiProblem e) {
            if (e.status() == 401) {
                throw e;
            }
            problem = e;
        }
        Map<String, String> shown = new LinkedHashMap<>();
        filters.forEach((k, v) -> shown.put(k, v == null ? "" : v));
        return page.render("worklist", "/web/console", "dossiers", dossiers, "problem", problem,
                "statuses", STATUSES, "status", filters.get("state"), "f", shown, "halls", quietly(api::halls),
                "shownPage", current + 1, "total", total,
                "prev", current > 0 ? link(filters, current - 1) : null,
                "next", (current + 1L) * PAGE_SIZE < total ? link(filters, current + 1) : null);
    }

    /** The dossiers of a page of the API's dossier list. */
    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listOf(Map<String, Object> page) {
        return page.get("dossiers") instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private static String link(Map<String, String> filters, int page) {
        StringBuilder link = new StringBuilder("/web/console?page=").append(page);
        filters.forEach((name, value) -> {
            if (value != null) {
                link.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return link.toString();
    }

    /** The review screen: each item with its files beside the rules' verdict and reasons; the moves allowed now. */
    @GET
    @Path("/dossiers/{id}")
    public TemplateInstance dossier(@PathParam("id") String id, @QueryParam("done") String done) {
        page.require(SignedIn.IMMIGRATION);
        return review(id, null, done);
    }

    /** One item confirmed (the original seen, for a photocopy) or rejected with its reason in both languages. */
    @POST
    @Path("/dossiers/{id}/items/{code}/review")
    public Response reviewItem(@PathParam("id") String id, @PathParam("code") String code,
            @RestForm String verdict, @RestForm String originalSeen, @RestForm String version,
            @RestForm List<String> item, @RestForm List<String> reasonEn, @RestForm List<String> reasonZh) {
        page.require(SignedIn.IMMIGRATION);
        Map<String, Object> review = new LinkedHashMap<>();
        review.put("verdict", "REJECTED".equals(verdict) ? "REJECTED" : "CONFIRMED");
        review.put("originalSeen", "on".equals(originalSeen));
        int at = item == null ? -1 : item.indexOf(code);
        if ("REJECTED".equals(verdict) && at >= 0) {
            review.put("reasonEn", nth(reasonEn, at));
            review.put("reasonZh", nth(reasonZh, at));
        }
        return move(id, "reviewed", () -> api.reviewItem(id, code, ifMatch(version), review));
    }

    /** Returned to the partner: every item given a reason (in both languages) is named, the others are not. */
    @POST
    @Path("/dossiers/{id}/return")
    public Response returnDossier(@PathParam("id") String id, @RestForm String version, @RestForm List<String> item,
            @RestForm List<String> reasonEn, @RestForm List<String> reasonZh) {
        page.require(SignedIn.IMMIGRATION);
        List<Map<String, Object>> items = new java.util.ArrayList<>();
        for (int i = 0; item != null && i < item.size(); i++) {
            String en = nth(reasonEn, i);
            String zh = nth(reasonZh, i);
            if (en != null || zh != null) {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("code", item.get(i));
                one.put("reasonEn", en);
                one.put("reasonZh", zh);
                items.add(one);
            }
        }
        return move(id, "returned", () -> api.returnDossier(id, ifMatch(version), Map.of("items", items)));
    }

    @POST
    @Path("/dossiers/{id}/acceptance")
    public Response accept(@PathParam("id") String id, @RestForm String version) {
        page.require(SignedIn.IMMIGRATION);
        return move(id, "accepted", () -> api.accept(id, ifMatch(version)));
    }

    @POST
    @Path("/dossiers/{id}/decision")
    public Response decide(@PathParam("id") String id, @RestForm String version, @RestForm String outcome,
            @RestForm String decisionEn, @RestForm String decisionZh) {
        page.require(SignedIn.IMMIGRATION);
        Map<String, Object> decision = new LinkedHashMap<>();
        decision.put("outcome", blankToNull(outcome));
        decision.put("reasonEn", blankToNull(decisionEn));
        decision.put("reasonZh", blankToNull(decisionZh));
        return move(id, "decided", () -> api.decide(id, ifMatch(version), decision));
    }

    @POST
    @Path("/dossiers/{id}/card-production")
    public Response cardProduced(@PathParam("id") String id, @RestForm String version) {
        page.require(SignedIn.IMMIGRATION);
        return move(id, "card-produced", () -> api.cardProduced(id, ifMatch(version)));
    }

    @POST
    @Path("/dossiers/{id}/card-collection")
    public Response cardCollected(@PathParam("id") String id, @RestForm String version) {
        page.require(SignedIn.IMMIGRATION);
        return move(id, "card-collected", () -> api.cardCollected(id, ifMatch(version)));
    }

    /** The dossier's history: every transition and item review, who, when and why. */
    @GET
    @Path("/dossiers/{id}/history")
    public TemplateInstance history(@PathParam("id") String id) {
        page.require(SignedIn.IMMIGRATION);
        return PartnerPages.historyPage(page, api, id, "/web/console/dossiers/" + id);
    }

    /** A file of an item, as documents-service keeps it (images shown on the review screen, PDFs opened). */
    @GET
    @Path("/dossiers/{id}/items/{code}/files/{fileId}")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    public Response file(@PathParam("id") String id, @PathParam("code") String code, @PathParam("fileId") String fileId) {
        page.require(SignedIn.IMMIGRATION);
        return PartnerPages.fileAnswer(files.download(id, code, fileId));
    }

    /** A move: back to the review screen with what was done, or the screen again with the API's problem. */
    private Response move(String id, String done, Supplier<Map<String, Object>> call) {
        try {
            call.get();
            return Response.seeOther(URI.create("/web/console/dossiers/" + id + "?done=" + done)).build();
        } catch (ApiProblem problem) {
            if (problem.status() == 401 || problem.status() == 404) {
                throw problem;
            }
            return Response.status(problem.status() >= 500 ? 502 : problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(review(id, problem, null)).build();
        }
    }

    private TemplateInstance review(String id, ApiProblem problem, String done) {
        Map<String, Object> dossier = api.dossier(id);
        List<Map<String, Object>> invoices = quietly(() -> api.invoices(id));
        PartnerPages.attachFiles(api, dossier);
        return page.render("dossier", "/web/console/dossiers/" + id, "d", dossier, "invoices", invoices,
                "appointments", quietly(() -> api.appointments(id)), "console", true, "can", allowed(dossier), "problem", problem,
                "done", done != null && done.matches("[a-z-]{1,20}") ? done : null);
    }

    /** The moves the officer may make now, by name, from the dossier's allowedActions. */
    static Map<String, Boolean> allowed(Map<String, Object> dossier) {
        List<?> actions = dossier.get("allowedActions") instanceof List<?> l ? l : List.of();
        Map<String, Boolean> can = new LinkedHashMap<>();
        for (String action : List.of("REVIEW_ITEM", "RETURN", "ACCEPT", "APPROVE", "REFUSE", "PRODUCE_CARD",
                "COLLECT_CARD")) {
            can.put(action, actions.contains(action));
        }
        can.put("DECIDE", can.get("APPROVE") || can.get("REFUSE"));
        return can;
    }

    /** The i-th value of a repeated form field, if it was sent and is not blank. */
    private static String nth(List<String> values, int i) {
        return values != null && i >= 0 && i < values.size() ? blankToNull(values.get(i)) : null;
    }

    private static String ifMatch(String version) {
        return version != null && version.matches("\\d{1,18}") ? "\"" + version + "\"" : null;
    }

    static <T> List<T> quietly(Supplier<List<T>> call) {
        try {
            return call.get();
        } catch (ApiProblem e) {
            if (e.status() == 401) {
                throw e;
            }
            return List.of();
        }
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
