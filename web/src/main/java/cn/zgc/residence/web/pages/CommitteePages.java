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
import java.util.LinkedHashMap;
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
    private final Lang lang;
    private final java.time.Clock clock;

    public CommitteePages(Page page, @RestClient GatewayApi api, Lang lang, java.time.Clock clock) {
        this.page = page;
        this.api = api;
        this.lang = lang;
        this.clock = clock;
    }

    @GET
    public TemplateInstance home(@jakarta.ws.rs.QueryParam("published") String published) {
        page.require(SignedIn.COMMITTEE);
        return render(null, null).data("published",
                published != null && published.matches("[a-z0-9][a-z0-9.-]{1,39}") ? published : null);
    }

    /** A new criteria version drafted from a published one: its threshold and every band's points to change. */
    @GET
    @Path("/criteria/draft")
    public TemplateInstance draft(@jakarta.ws.rs.QueryParam("from") String from) {
        page.require(SignedIn.COMMITTEE);
        Map<String, Object> base = api.criteriaVersion(from == null || from.isBlank() ? latest() : from.trim());
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("from", base.get("id"));
        form.put("id", "");
        form.put("titleEn", text(base.get("title"), "en"));
        form.put("titleZh", text(base.get("title"), "zh"));
        form.put("effectiveFrom", java.time.LocalDate.now(clock).plusDays(1).toString());
        form.put("effectiveTo", "");
        form.put("threshold", String.valueOf(base.get("threshold")));
        return draftPage(form, bands(base), null, null);
    }

    /** The draft tried on every stored assessment: nothing is stored; the form stays filled in to publish. */
    @POST
    @Path("/criteria/preview")
    public Response preview(@RestForm String from, @RestForm String id, @RestForm String titleEn,
            @RestForm String titleZh, @RestForm String effectiveFrom, @RestForm String effectiveTo,
            @RestForm String threshold, @RestForm List<String> band, @RestForm List<String> points) {
        page.require(SignedIn.COMMITTEE);
        Map<String, Object> base = api.criteriaVersion(from == null || from.isBlank() ? latest() : from.trim());
        Map<String, Object> draft = draft(base, id, titleEn, titleZh, effectiveFrom, effectiveTo, threshold, band, points);
        Map<String, Object> form = formOf(from, id, titleEn, titleZh, effectiveFrom, effectiveTo, threshold);
        try {
            Map<String, Object> preview = api.criteriaDryRun(draft, 0, 50, true);
            return Response.ok(draftPage(form, bands(draft), preview, null)).type(MediaType.TEXT_HTML_TYPE).build();
        } catch (ApiProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            return Response.status(problem.status() >= 500 ? 502 : problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(draftPage(form, bands(draft), null, problem)).build();
        }
    }

    @POST
    @Path("/criteria")
    public Response publish(@RestForm String from, @RestForm String id, @RestForm String titleEn,
            @RestForm String titleZh, @RestForm String effectiveFrom, @RestForm String effectiveTo,
            @RestForm String threshold, @RestForm List<String> band, @RestForm List<String> points) {
        page.require(SignedIn.COMMITTEE);
        Map<String, Object> base = api.criteriaVersion(from == null || from.isBlank() ? latest() : from.trim());
        Map<String, Object> draft = draft(base, id, titleEn, titleZh, effectiveFrom, effectiveTo, threshold, band, points);
        try {
            Map<String, Object> published = api.publishCriteria(draft);
            return Response.seeOther(URI.create("/web/committee?published=" + published.get("id"))).build();
        } catch (ApiProblem problem) {
            if (problem.status() == 401) {
                throw problem;
            }
            return Response.status(problem.status() >= 500 ? 502 : problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(draftPage(formOf(from, id, titleEn, titleZh, effectiveFrom, effectiveTo, threshold),
                            bands(draft), null, problem)).build();
        }
    }

    private String latest() {
        List<Map<String, Object>> versions = api.criteria();
        return versions.isEmpty() ? "" : String.valueOf(versions.get(versions.size() - 1).get("id"));
    }

    private TemplateInstance draftPage(Map<String, Object> form, List<Map<String, Object>> bands,
            Map<String, Object> preview, ApiProblem problem) {
        return page.render("criteria-draft", "/web/committee/criteria/draft", "form", form, "bands", bands,
                "preview", preview, "problem", problem);
    }

    private static Map<String, Object> formOf(String from, String id, String titleEn, String titleZh,
            String effectiveFrom, String effectiveTo, String threshold) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("from", from);
        form.put("id", id == null ? "" : id.trim());
        form.put("titleEn", titleEn == null ? "" : titleEn.trim());
        form.put("titleZh", titleZh == null ? "" : titleZh.trim());
        form.put("effectiveFrom", effectiveFrom == null ? "" : effectiveFrom.trim());
        form.put("effectiveTo", effectiveTo == null ? "" : effectiveTo.trim());
        form.put("threshold", threshold == null ? "" : threshold.trim());
        return form;
    }

    /**
     * The published version with the form's changes: id, title, dates, threshold and each band's points (a band is
     * named TRACK:factor:band by position). Values are sent as typed: the API names each field that is not valid.
     */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> draft(Map<String, Object> base, String id, String titleEn, String titleZh,
            String effectiveFrom, String effectiveTo, String threshold, List<String> band, List<String> points) {
        Map<String, Object> draft = new LinkedHashMap<>(base);
        draft.remove("publishedAt");
        draft.remove("publishedBy");
        draft.put("id", id == null ? "" : id.trim());
        Map<String, Object> title = new LinkedHashMap<>();
        title.put("en", titleEn == null ? "" : titleEn.trim());
        title.put("zh", titleZh == null ? "" : titleZh.trim());
        draft.put("title", title);
        draft.put("effectiveFrom", ConsolePages.blankToNull(effectiveFrom));
        draft.put("effectiveTo", ConsolePages.blankToNull(effectiveTo));
        draft.put("threshold", number(threshold));
        for (int i = 0; band != null && i < band.size() && points != null && i < points.size(); i++) {
            String[] at = band.get(i).split(":");
            if (at.length != 3 || !at[1].matches("\\d{1,3}") || !at[2].matches("\\d{1,3}")) {
                continue;
            }
            Object track = draft.get("tracks") instanceof Map<?, ?> tracks ? tracks.get(at[0]) : null;
            if (track instanceof Map<?, ?> t && t.get("factors") instanceof List<?> factors
                    && Integer.parseInt(at[1]) < factors.size()
                    && factors.get(Integer.parseInt(at[1])) instanceof Map<?, ?> factor
                    && factor.get("bands") instanceof List<?> bands && Integer.parseInt(at[2]) < bands.size()
                    && bands.get(Integer.parseInt(at[2])) instanceof Map<?, ?> b) {
                ((Map<String, Object>) b).put("points", number(points.get(i)));
            }
        }
        return draft;
    }

    private static Object number(String value) {
        String v = value == null ? "" : value.trim();
        return v.matches("-?\\d{1,9}") ? Integer.valueOf(v) : v;
    }

    /** Every band of every factor, for the form: its name, the factor's and band's words, its points. */
    private List<Map<String, Object>> bands(Map<String, Object> version) {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        if (!(version.get("tracks") instanceof Map<?, ?> tracks)) {
            return rows;
        }
        for (Map.Entry<?, ?> track : tracks.entrySet()) {
            if (!(track.getValue() instanceof Map<?, ?> t) || !(t.get("factors") instanceof List<?> factors)) {
                continue;
            }
            for (int f = 0; f < factors.size(); f++) {
                if (!(factors.get(f) instanceof Map<?, ?> factor) || !(factor.get("bands") instanceof List<?> bands)) {
                    continue;
                }
                for (int b = 0; b < bands.size(); b++) {
                    if (bands.get(b) instanceof Map<?, ?> band) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("key", track.getKey() + ":" + f + ":" + b);
                        row.put("track", track.getKey());
                        row.put("factor", text(factor.get("label"), lang.code()));
                        row.put("band", text(band.get("label"), lang.code()));
                        row.put("points", band.get("points"));
                        row.put("first", b == 0);
                        row.put("rows", bands.size());
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }

    private static String text(Object bilingual, String language) {
        return bilingual instanceof Map<?, ?> m && m.get(language) != null ? String.valueOf(m.get(language)) : "";
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
