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
    static final List<String> TRACKS = List.of("TECHNICAL_TALENT", "ENTREPRENEURIAL_TEAM_MEMBER");
    static final List<String> INDUSTRIES = List.of("STRATEGIC_EMERGING", "MODERN_SERVICE", "OTHER");
    static final List<String> EMPLOYER_KINDS = List.of("ENTERPRISE", "PUBLIC_INSTITUTION", "HIGHER_EDUCATION_INSTITUTION");
    /** The states in which the partner still adds files to the dossier. */
    static final List<String> CHANGING = List.of("OPEN", "READY");

    private final Page page;
    private final GatewayApi api;
    private final java.time.Clock clock;
    private final FileTransfer files;

    public PartnerPages(Page page, @RestClient GatewayApi api, java.time.Clock clock, FileTransfer files) {
        this.page = page;
        this.api = api;
        this.clock = clock;
        this.files = files;
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
            @RestForm String hsk, @RestForm String requestKey, @RestForm String track,
            @RestForm String companyInZgc, @RestForm String industry, @RestForm String shareholding,
            @RestForm String funding, @RestForm String valuation, @RestForm String growth, @RestForm String employees,
            @RestForm String tax, @RestForm String advancedDegrees) {
        page.require(SignedIn.PARTNER);
        String chosenTrack = TRACKS.contains(track) ? track : "TECHNICAL_TALENT";
        Map<String, Object> facts = new LinkedHashMap<>();
        // the facts of the other track are ignored by the API; only the chosen track's are sent
        if (chosenTrack.equals("TECHNICAL_TALENT")) {
            facts.put("employerZhongguancunHighTechInScope", "on".equals(employerInScope));
            facts.put("headsRndTeam", "on".equals(headsRndTeam));
        } else {
            facts.put("companyRegisteredInZhongguancun", "on".equals(companyInZgc));
            putText(facts, "industry", industry);
            putNumber(facts, "shareholdingPercent", shareholding);
            putNumber(facts, "fundingRaisedCny", funding);
            putNumber(facts, "companyValuationCny", valuation);
            putNumber(facts, "revenueGrowthPercent", growth);
            putNumber(facts, "employees", employees);
            putNumber(facts, "taxPaidCny", tax);
            putNumber(facts, "coreTeamAdvancedDegrees", advancedDegrees);
        }
        putText(facts, "position", position);
        putNumber(facts, "inventionPatents", patents);
        if (chosenTrack.equals("TECHNICAL_TALENT")) {
            putText(facts, "education", education);
            putText(facts, "field", field);
            putText(facts, "zhongguancunEmploymentSince", employedSince);
            putNumber(facts, "age", age);
            putNumber(facts, "yearsOfRelevantExperience", experience);
            putNumber(facts, "previousYearSalaryCny", salary);
            putNumber(facts, "awards", awards);
            putNumber(facts, "internationalCertificates", certificates);
            putNumber(facts, "hskLevel", hsk);
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("applicantRef", applicantRef == null ? "" : applicantRef.trim());
        request.put("track", chosenTrack);
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
            entered.put("track", chosenTrack);
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
            dossiers = ConsolePages.listOf(api.dossiers(id, null, null, null, null, null, null, null, null));
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
                "letter", letter, "whatItTakes", whatItTakes(assessment));
    }

    /**
     * What it takes: the stored facts evaluated again as of the assessment's date (nothing stored), for the smallest
     * changes of one or two facts that reach the threshold. None when eligible, or when the evaluation cannot be made.
     */
    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> whatItTakes(Map<String, Object> assessment) {
        if (Boolean.TRUE.equals(assessment.get("eligible")) || !(assessment.get("facts") instanceof Map<?, ?> facts)) {
            return List.of();
        }
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("track", assessment.get("track"));
        request.put("asOf", assessment.get("asOf"));
        request.put("facts", facts);
        try {
            Object found = api.evaluate(request).get("whatItTakes");
            return found instanceof List<?> list ? (List<Map<String, Object>>) list : List.of();
        } catch (ApiProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            return List.of();
        }
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
    public TemplateInstance dossier(@PathParam("id") String id, @QueryParam("uploaded") String uploaded) {
        page.require(SignedIn.PARTNER);
        return dossierPage(id, null, uploaded != null && uploaded.matches("[A-Z0-9_]{1,64}") ? uploaded : null);
    }

    private TemplateInstance dossierPage(String id, ApiProblem problem, String uploaded) {
        Map<String, Object> dossier = api.dossier(id);
        attachFiles(api, dossier);
        return page.render("dossier", "/web/partner/dossiers/" + id, "d", dossier, "invoices", invoicesOf(id),
                "appointments", appointmentsOf(id), "console", false, "can", Map.of(),
                "canUpload", CHANGING.contains(String.valueOf(dossier.get("state"))), "problem", problem,
                "uploaded", uploaded);
    }

    /**
     * A file for an item, sent as multipart form data: by the page's script (which shows the upload's progress) or
     * by the form itself without script. Streamed on to documents-service through the gateway.
     */
    @POST
    @Path("/dossiers/{id}/items/{code}/files")
    @jakarta.ws.rs.Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") String id, @PathParam("code") String code,
            @RestForm("file") org.jboss.resteasy.reactive.multipart.FileUpload file, @RestForm String name) {
        page.require(SignedIn.PARTNER);
        try {
            if (file == null || file.size() == 0) {
                throw new ApiProblem(400, page.text("uploadNoFile"), null, List.of());
            }
            String label = name != null && !name.isBlank() ? name : file.fileName();
            files.upload(id, code, file.uploadedFile(), label, file.contentType());
            return Response.seeOther(URI.create("/web/partner/dossiers/" + id + "?uploaded=" + code)).build();
        } catch (ApiProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            return Response.status(problem.status() >= 500 ? 502 : problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(dossierPage(id, problem, null)).build();
        }
    }

    @GET
    @Path("/dossiers/{id}/items/{code}/files/{fileId}")
    @Produces({"application/pdf", "image/jpeg", "image/png"})
    public Response file(@PathParam("id") String id, @PathParam("code") String code, @PathParam("fileId") String fileId) {
        page.require(SignedIn.PARTNER);
        return fileAnswer(files.download(id, code, fileId));
    }

    @GET
    @Path("/dossiers/{id}/history")
    public TemplateInstance history(@PathParam("id") String id) {
        page.require(SignedIn.PARTNER);
        return historyPage(page, api, id, "/web/partner/dossiers/" + id);
    }

    /** The history as a timeline, oldest first (the first 100 entries: a dossier's whole life fits). */
    static TemplateInstance historyPage(Page page, GatewayApi api, String id, String back) {
        Map<String, Object> dossier = api.dossier(id);
        Map<String, Object> history = api.history(id, 0, 100);
        return page.render("history", back + "/history", "d", dossier, "history", history, "back", back);
    }

    /** Each item of the dossier gets its files (each with {@code image} when the page can show it). */
    @SuppressWarnings("unchecked")
    static void attachFiles(GatewayApi api, Map<String, Object> dossier) {
        if (!(dossier.get("items") instanceof List<?> items)) {
            return;
        }
        for (Object entry : items) {
            if (entry instanceof Map<?, ?> raw) {
                Map<String, Object> item = (Map<String, Object>) raw;
                List<Map<String, Object>> found = ConsolePages.quietly(() -> api.files(String.valueOf(dossier.get("id")),
                        String.valueOf(item.get("code"))));
                List<Map<String, Object>> shown = new java.util.ArrayList<>();
                for (Map<String, Object> file : found) {
                    Map<String, Object> one = new LinkedHashMap<>(file);
                    one.put("image", String.valueOf(file.get("mediaType")).startsWith("image/"));
                    shown.add(one);
                }
                item.put("files", shown);
            }
        }
    }

    /** A file shown in the browser (not downloaded), never sniffed as another type, never framed by another page. */
    static Response fileAnswer(FileTransfer.Download download) {
        Response.ResponseBuilder answer = Response.ok((jakarta.ws.rs.core.StreamingOutput) out -> {
            try (java.io.InputStream in = download.content()) {
                in.transferTo(out);
            }
        }, download.mediaType()).header("Content-Disposition", "inline");
        if (download.length() >= 0) {
            answer.header("Content-Length", download.length());
        }
        return answer.build();
    }

    /**
     * The personalised checklist for the applicant's facts: which documents apply and why, the points for attention,
     * and what blocks an application. Asked with GET: nothing is stored, and the link can be kept.
     */
    @GET
    @Path("/checklist")
    public TemplateInstance checklist(@QueryParam("track") String track, @QueryParam("employerKind") String employerKind,
            @QueryParam("keyUniversity") String keyUniversity, @QueryParam("formerChineseCitizen") String formerCitizen,
            @QueryParam("chineseName") String chineseName, @QueryParam("householdRegistration") String household,
            @QueryParam("nationality") String nationality, @QueryParam("languages") String languages) {
        page.require(SignedIn.PARTNER);
        Map<String, Object> entered = new LinkedHashMap<>();
        entered.put("track", TRACKS.contains(track) ? track : null);
        entered.put("employerKind", EMPLOYER_KINDS.contains(employerKind) ? employerKind : null);
        entered.put("keyUniversity", "on".equals(keyUniversity));
        entered.put("formerChineseCitizen", "on".equals(formerCitizen));
        entered.put("wantsChineseNameOnCard", "on".equals(chineseName));
        entered.put("holdsChineseHouseholdRegistration", "on".equals(household));
        String country = ConsolePages.blankToNull(nationality);
        entered.put("nationality", country == null ? null : country.toUpperCase(java.util.Locale.ROOT));
        List<String> spoken = languages == null ? List.of() : java.util.Arrays.stream(languages.split("[,，;\\s]+"))
                .filter(l -> !l.isBlank()).map(l -> l.toLowerCase(java.util.Locale.ROOT)).toList();
        entered.put("documentLanguages", spoken);
        Map<String, Object> result = null;
        ApiProblem problem = null;
        if (entered.get("track") != null && entered.get("employerKind") != null) {
            try {
                result = api.checklist(Map.of("facts", entered));
            } catch (ApiProblem e) {
                if (e.status() == 401) {
                    throw e;
                }
                problem = e;
            }
        }
        return page.render("checklist", "/web/partner/checklist", "entered", entered,
                "languages", String.join(", ", spoken), "tracks", TRACKS, "employerKinds", EMPLOYER_KINDS,
                "result", result, "problem", problem);
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
                "positions", POSITIONS, "educations", EDUCATION, "fields", FIELDS, "tracks", TRACKS,
                "chosenTrack", entered.getOrDefault("track", "TECHNICAL_TALENT"),
                "industries", INDUSTRIES,
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
