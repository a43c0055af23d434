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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/** The partner portal: assessments with each point explained, dossiers, invoices and payment declarations. */
@Path("/web/partner")
@Produces(MediaType.TEXT_HTML)
public class PartnerPages {

    static final List<String> POSITIONS = List.of("STAFF", "MANAGER", "DIRECTOR", "SENIOR_EXECUTIVE", "CHIEF_EXECUTIVE");
    static final List<String> EDUCATION = List.of("BELOW_BACHELOR", "BACHELOR", "MASTER", "DOCTORATE");
    static final List<String> FIELDS = List.of("ARTIFICIAL_INTELLIGENCE", "INTEGRATED_CIRCUITS", "LIFE_SCIENCES",
            "NEW_MATERIALS", "OTHER_HIGH_TECH", "OTHER");
    static final List<String> CHANNELS = List.of("BANK_TRANSFER", "UNIONPAY_CARD", "ALIPAY", "WECHAT_PAY", "CASH_AT_HALL");

    private final Page page;
    private final GatewayApi api;
    private final java.time.Clock clock;

    public PartnerPages(Page page, @RestClient GatewayApi api, java.time.Clock clock) {
        this.page = page;
        this.api = api;
        this.clock = clock;
    }

    @GET
    public TemplateInstance assessments(@QueryParam("page") @DefaultValue("0") int pageNo) {
        page.require(SignedIn.PARTNER);
        int current = Math.max(0, pageNo);
        Map<String, Object> list = api.assessments(current, 20);
        long total = list.get("totalItems") instanceof Number n ? n.longValue() : 0;
        return page.render("partner-home", "/web/partner", "list", list, "shownPage", current + 1,
                "prev", current > 0 ? current - 1 : null, "next", (current + 1) * 20L < total ? current + 1 : null);
    }

    @GET
    @Path("/assessments/new")
    public TemplateInstance newAssessment() {
        page.require(SignedIn.PARTNER);
        return form(Map.of(), null);
    }

    @POST
    @Path("/assessments")
    public Response assess(@RestForm String applicantRef, @RestForm String position, @RestForm String headsRndTeam,
            @RestForm String employerInScope, @RestForm String education, @RestForm String age,
            @RestForm String experience, @RestForm String salary, @RestForm String patents, @RestForm String awards,
            @RestForm String certificates, @RestForm String field, @RestForm String employedSince,
            @RestForm String hsk, @RestForm String requestKey) {
        page.require(SignedIn.PARTNER);
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("employerZhongguancunHighTechInScope", "on".equals(employerInScope));
        facts.put("headsRndTeam", "on".equals(headsRndTeam));
        putText(facts, "position", position);
        putText(facts, "education", education);
        putText(facts, "field", field);
        putText(facts, "zhongguancunEmploymentSince", employedSince);
        putNumber(facts, "age", age);
        putNumber(facts, "yearsOfRelevantExperience", experience);
        putNumber(facts, "previousYearSalaryCny", salary);
        putNumber(facts, "inventionPatents", patents);
        putNumber(facts, "awards", awards);
        putNumber(facts, "internationalCertificates", certificates);
        putNumber(facts, "hskLevel", hsk);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("applicantRef", applicantRef == null ? "" : applicantRef.trim());
        request.put("track", "TECHNICAL_TALENT");
        request.put("facts", facts);
        // one key per filled-in form: a double click or a resent form stores one assessment
        String key = requestKey != null && requestKey.matches("[0-9a-f-]{36}") ? requestKey : UUID.randomUUID().toString();
        try {
            Map<String, Object> created = api.assess(key, request);
            return Response.seeOther(URI.create("/web/partner/assessments/" + created.get("id"))).build();
        } catch (ApiProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            Map<String, Object> entered = new LinkedHashMap<>(facts);
            entered.put("applicantRef", applicantRef);
            return Response.status(problem.status() >= 500 ? 502 : problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(form(entered, problem)).build();
        }
    }

    @GET
    @Path("/assessments/{id}")
    public TemplateInstance assessment(@PathParam("id") String id) {
        page.require(SignedIn.PARTNER);
        Map<String, Object> assessment = api.assessment(id);
        List<Map<String, Object>> dossiers = List.of();
        try {
            dossiers = ConsolePages.listOf(api.dossiers(id, null, null, null, null));
        } catch (ApiProblem problem) {
            // no dossier yet (or documents-service is unavailable): the assessment is still worth showing
        }
        Map<String, Object> letter = null;
        if (assessment.get("recommendation") != null) {
            try {
                letter = api.letter(id);
            } catch (ApiProblem problem) {
                // the register cannot be read now: the assessment still shows the letter's number
            }
        }
        return page.render("assessment", "/web/partner/assessments/" + id, "a", assessment, "dossiers", dossiers,
                "letter", letter);
    }

    /** The signed recommendation letter, passed through from the register. */
    @GET
    @Path("/assessments/{id}/letter.pdf")
    @Produces("application/pdf")
    public Response letterPdf(@PathParam("id") String id) {
        page.require(SignedIn.PARTNER);
        return Response.ok(api.letterPdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"letter.pdf\"").build();
    }

    @GET
    @Path("/dossiers/{id}")
    public TemplateInstance dossier(@PathParam("id") String id) {
        page.require(SignedIn.PARTNER);
        Map<String, Object> dossier = api.dossier(id);
        return page.render("dossier", "/web/partner/dossiers/" + id, "d", dossier, "invoices", invoicesOf(id),
                "appointments", appointmentsOf(id), "console", false);
    }

    /** Booking: the halls that take the application, and the chosen hall's free slots of a week. */
    @GET
    @Path("/dossiers/{id}/appointment")
    public TemplateInstance booking(@PathParam("id") String id, @QueryParam("hall") String hallId,
            @QueryParam("week") String week) {
        page.require(SignedIn.PARTNER);
        return bookingPage(id, hallId, week, null);
    }

    @POST
    @Path("/dossiers/{id}/appointments")
    public Response book(@PathParam("id") String id, @RestForm String hallId, @RestForm String startsAt,
            @RestForm String requestKey) {
        page.require(SignedIn.PARTNER);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("dossierId", id);
        request.put("hallId", hallId);
        request.put("startsAt", startsAt);
        String key = requestKey != null && requestKey.matches("[0-9a-f-]{36}") ? requestKey : UUID.randomUUID().toString();
        try {
            api.book(key, request);
            return Response.seeOther(URI.create("/web/partner/dossiers/" + id + "?booked=1")).build();
        } catch (ApiProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            return Response.status(problem.status() >= 500 ? 502 : problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(bookingPage(id, hallId, null, problem)).build();
        }
    }

    private TemplateInstance bookingPage(String dossierId, String hallId, String week, ApiProblem problem) {
        Map<String, Object> dossier = api.dossier(dossierId);
        List<Map<String, Object>> halls = api.halls().stream().filter(HallPages::takesPermanentResidence).toList();
        String chosen = halls.stream().map(h -> String.valueOf(h.get("id"))).filter(h -> h.equals(hallId))
                .findFirst().orElse(halls.isEmpty() ? null : String.valueOf(halls.get(0).get("id")));
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        java.time.LocalDate from = parseDate(week).filter(d -> !d.isBefore(today)).orElse(today);
        List<Map<String, Object>> slots = List.of();
        if (chosen != null) {
            Object found = api.slots(chosen, "PERMANENT_RESIDENCE", from.toString(), from.plusDays(6).toString(), true)
                    .get("slots");
            if (found instanceof List<?> list) {
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> typed = (List<Map<String, Object>>) list;
                slots = typed;
            }
        }
        return page.render("booking", "/web/partner/dossiers/" + dossierId + "/appointment", "d", dossier,
                "halls", halls, "hallId", chosen, "slots", slots, "from", from.toString(),
                "to", from.plusDays(6).toString(), "nextWeek", from.plusDays(7).toString(),
                "problem", problem, "requestKey", UUID.randomUUID().toString());
    }

    private List<Map<String, Object>> appointmentsOf(String dossierId) {
        try {
            return api.appointments(dossierId);
        } catch (ApiProblem problem) {
            return List.of();
        }
    }

    private static java.util.Optional<java.time.LocalDate> parseDate(String date) {
        try {
            return date == null ? java.util.Optional.empty() : java.util.Optional.of(java.time.LocalDate.parse(date));
        } catch (java.time.format.DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }

    @GET
    @Path("/invoices/{id}")
    public TemplateInstance invoice(@PathParam("id") String id) {
        page.require(SignedIn.PARTNER);
        return invoicePage(id, null, null);
    }

    @POST
    @Path("/invoices/{id}/payments")
    public Response declarePayment(@PathParam("id") String id, @RestForm String amount, @RestForm String channel,
            @RestForm String reference, @RestForm String requestKey) {
        page.require(SignedIn.PARTNER);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("amount", amount == null ? null : amount.trim());
        request.put("currency", "CNY");
        request.put("channel", channel);
        request.put("externalReference", reference == null ? null : reference.trim());
        String key = requestKey != null && requestKey.matches("[0-9a-f-]{36}") ? requestKey : UUID.randomUUID().toString();
        try {
            api.declarePayment(id, key, request);
            return Response.seeOther(URI.create("/web/partner/invoices/" + id + "?declared=1")).build();
        } catch (ApiProblem problem) {
            if (problem.status() == 401 || problem.status() == 404) {
                throw problem;
            }
            return Response.status(problem.status() >= 500 ? 502 : problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(invoicePage(id, problem, request)).build();
        }
    }

    private TemplateInstance invoicePage(String id, ApiProblem problem, Map<String, Object> entered) {
        Map<String, Object> invoice = api.invoice(id);
        return page.render("invoice", "/web/partner/invoices/" + id, "inv", invoice, "problem", problem,
                "entered", entered == null ? Map.of() : entered, "channels", CHANNELS,
                "requestKey", UUID.randomUUID().toString());
    }

    private List<Map<String, Object>> invoicesOf(String dossierId) {
        try {
            return api.invoices(dossierId);
        } catch (ApiProblem problem) {
            return List.of();
        }
    }

    private TemplateInstance form(Map<String, Object> entered, ApiProblem problem) {
        return page.render("assessment-new", "/web/partner/assessments/new", "entered", entered, "problem", problem,
                "positions", POSITIONS, "educations", EDUCATION, "fields", FIELDS,
                "requestKey", UUID.randomUUID().toString());
    }

    private static void putText(Map<String, Object> facts, String name, String value) {
        if (value != null && !value.isBlank()) {
            facts.put(name, value.trim());
        }
    }

    private static void putNumber(Map<String, Object> facts, String name, String value) {
        if (value != null && !value.isBlank()) {
            String v = value.trim();
            // sent as typed: the API says which field is not a number, in the person's language
            facts.put(name, v.matches("-?\\d+(\\.\\d+)?") ? new java.math.BigDecimal(v) : v);
        }
    }
}
