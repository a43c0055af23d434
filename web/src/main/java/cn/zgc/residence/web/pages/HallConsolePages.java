package cn.zgc.residence.web.pages;

import cn.zgc.residence.web.api.ApiProblem;
import cn.zgc.residence.web.api.GatewayApi;
import cn.zgc.residence.web.session.SignedIn;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;

/** A hall for immigration officers: its notices (closed, or special hours, on given days) and its slot capacity. */
@Path("/web/console/halls/{id}")
@Produces(MediaType.TEXT_HTML)
public class HallConsolePages {

    static final List<String> NOTICE_KINDS = List.of("CLOSED", "SPECIAL_HOURS");

    private final Page page;
    private final GatewayApi api;

    public HallConsolePages(Page page, @RestClient GatewayApi api) {
        this.page = page;
        this.api = api;
    }

    @GET
    public TemplateInstance hall(@PathParam("id") String id, @QueryParam("done") String done) {
        page.require(SignedIn.IMMIGRATION);
        return render(id, null, Map.of(), done);
    }

    @POST
    @Path("/notices")
    public Response publishNotice(@PathParam("id") String id, @RestForm String from, @RestForm String to,
            @RestForm String kind, @RestForm String intervals, @RestForm String reasonEn, @RestForm String reasonZh) {
        page.require(SignedIn.IMMIGRATION);
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("from", ConsolePages.blankToNull(from));
        notice.put("to", ConsolePages.blankToNull(to == null || to.isBlank() ? from : to));
        notice.put("kind", ConsolePages.blankToNull(kind));
        String hours = ConsolePages.blankToNull(intervals);
        if (hours != null) {
            notice.put("intervals", Arrays.stream(hours.split("[,，;\\s]+")).filter(s -> !s.isBlank()).toList());
        }
        notice.put("reasonEn", ConsolePages.blankToNull(reasonEn));
        notice.put("reasonZh", ConsolePages.blankToNull(reasonZh));
        return act(id, "notice", notice, () -> api.publishNotice(id, notice));
    }

    /** A new capacity version: up to three bands of the day, each from its start until the next. */
    @POST
    @Path("/capacity")
    public Response addCapacity(@PathParam("id") String id, @RestForm String category, @RestForm String effectiveFrom,
            @RestForm List<String> starts, @RestForm List<String> slotMinutes, @RestForm List<String> seats,
            @RestForm String reason) {
        page.require(SignedIn.IMMIGRATION);
        List<Map<String, Object>> bands = new ArrayList<>();
        for (int i = 0; starts != null && i < starts.size(); i++) {
            String start = ConsolePages.blankToNull(starts.get(i));
            if (start == null) {
                continue;
            }
            Map<String, Object> band = new LinkedHashMap<>();
            band.put("starts", start);
            band.put("slotMinutes", number(slotMinutes, i));
            band.put("capacity", number(seats, i));
            bands.add(band);
        }
        Map<String, Object> capacity = new LinkedHashMap<>();
        capacity.put("category", ConsolePages.blankToNull(category));
        capacity.put("effectiveFrom", ConsolePages.blankToNull(effectiveFrom));
        capacity.put("bands", bands);
        capacity.put("reason", ConsolePages.blankToNull(reason));
        return act(id, "capacity", capacity, () -> api.addCapacity(id, capacity));
    }

    /** A number as typed: the API names a field that is not one. */
    private static Object number(List<String> values, int i) {
        String value = values != null && i < values.size() ? ConsolePages.blankToNull(values.get(i)) : null;
        return value != null && value.matches("-?\\d{1,9}") ? new BigDecimal(value) : value;
    }

    private Response act(String id, String done, Map<String, Object> entered, Supplier<Map<String, Object>> call) {
        try {
            call.get();
            return Response.seeOther(URI.create("/web/console/halls/" + id + "?done=" + done)).build();
        } catch (ApiProblem problem) {
            if (problem.status() == 401 || problem.status() == 404) {
                throw problem;
            }
            return Response.status(problem.status() >= 500 ? 502 : problem.status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(render(id, problem, entered, null)).build();
        }
    }

    private TemplateInstance render(String id, ApiProblem problem, Map<String, Object> entered, String done) {
        Map<String, Object> hall = api.hall(id);
        return page.render("hall-console", "/web/console/halls/" + id, "hall", hall,
                "notices", ConsolePages.quietly(() -> api.notices(id)),
                "capacity", ConsolePages.quietly(() -> api.capacity(id)), "kinds", NOTICE_KINDS,
                "problem", problem, "entered", entered,
                "done", "notice".equals(done) || "capacity".equals(done) ? done : null);
    }
}
