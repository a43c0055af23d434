package cn.zgc.residence.web.pages;

import cn.zgc.residence.web.api.GatewayApi;
import cn.zgc.residence.web.session.SignedIn;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The halls and the week's schedule of one hall: OPEN with its hours, CLOSED, or SUBJECT_TO_NOTICE. */
@Path("/web/halls")
@Produces(MediaType.TEXT_HTML)
public class HallPages {

    private final Page page;
    private final GatewayApi api;
    private final Clock clock;

    public HallPages(Page page, @RestClient GatewayApi api, Clock clock) {
        this.page = page;
        this.api = api;
        this.clock = clock;
    }

    @GET
    public TemplateInstance halls() {
        page.require(SignedIn.PARTNER, SignedIn.IMMIGRATION, SignedIn.COMMITTEE);
        List<Map<String, Object>> halls = api.halls().stream()
                .sorted(Comparator.comparing((Map<String, Object> hall) -> !takesPermanentResidence(hall)))
                .toList();
        return page.render("halls", "/web/halls", "halls", halls);
    }

    @GET
    @Path("/{id}")
    public TemplateInstance hall(@PathParam("id") String id, @QueryParam("week") String week) {
        page.require(SignedIn.PARTNER, SignedIn.IMMIGRATION, SignedIn.COMMITTEE);
        LocalDate today = LocalDate.now(clock);
        LocalDate monday = parse(week).orElse(today).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Map<String, Object> hall = api.hall(id);
        Map<String, Object> schedule = api.schedule(id, monday.toString(), monday.plusDays(6).toString());
        return page.render("hall", "/web/halls/" + id + "?week=" + monday, "hall", hall, "schedule", schedule,
                "monday", monday.toString(), "previousWeek", monday.minusWeeks(1).toString(),
                "nextWeek", monday.plusWeeks(1).toString(), "today", today.toString());
    }

    @SuppressWarnings("unchecked")
    static boolean takesPermanentResidence(Map<String, Object> hall) {
        Object accepts = hall.get("accepts");
        return accepts instanceof List<?> list && list.stream()
                .anyMatch(a -> a instanceof Map<?, ?> m && "PERMANENT_RESIDENCE".equals(m.get("category")));
    }

    private static java.util.Optional<LocalDate> parse(String date) {
        try {
            return date == null ? java.util.Optional.empty() : java.util.Optional.of(LocalDate.parse(date));
        } catch (DateTimeParseException e) {
            return java.util.Optional.empty();
        }
    }
}
