package cn.zgc.residence.offices.rest;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.offices.api.HallView;
import cn.zgc.residence.offices.api.NextOpeningView;
import cn.zgc.residence.offices.api.ScheduleView;
import cn.zgc.residence.offices.domain.ApplicantFacts;
import cn.zgc.residence.offices.service.HallService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/halls")
@Tag(name = "Halls", description = "The service halls that take applications, and when they are open")
@RolesAllowed({Roles.PARTNER, Roles.COMMITTEE, Roles.IMMIGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class HallResource {

    static final String CATEGORY_DOC = "An application category: PERMANENT_RESIDENCE, RESIDENCE_PERMIT_EMPLOYMENT, "
            + "RESIDENCE_PERMIT_STUDY, RESIDENCE_PERMIT_FAMILY_REUNION, RESIDENCE_PERMIT_PRIVATE_BUSINESS";

    private final HallService halls;
    private final Caller caller;

    public HallResource(HallService halls, Caller caller) {
        this.halls = halls;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listHalls", summary = "List the service halls, optionally those that take an application or are open at an instant",
            description = "The six exit-entry service halls of Beijing with address, district, hours and what each takes; "
                    + "filtered to those that take a category of application (from an applicant's district) or that are"
                    + " open at an instant.")
    @APIResponse(responseCode = "200", description = "The halls, by id")
    @APIResponse(responseCode = "400", description = "An unknown category or district, or a malformed instant")
    public List<HallView> list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Parameter(description = CATEGORY_DOC) @QueryParam("category") String category,
            @Parameter(description = "The district of the applicant's employer, for condition (a)", example = "CHAOYANG")
            @QueryParam("employerDistrict") String employerDistrict,
            @Parameter(description = "The employer is a demonstrating entity under the 10 and 20 immigration policies "
                    + "and the applicant meets their terms (condition (a))") @QueryParam("demonstratingEntity") String demonstratingEntity,
            @Parameter(description = "Only halls open at this instant", example = "2026-03-02T10:00:00+08:00")
            @QueryParam("openAt") String openAt) {
        return halls.list(Language.of(language), QueryValues.optional(category),
                applicant(employerDistrict, demonstratingEntity), QueryValues.instant("openAt", openAt));
    }

    @GET
    @Path("next-opening")
    @Operation(operationId = "listNextOpenings", summary = "For every hall that takes a category, its next open interval, soonest first",
            description = "For every hall that takes the category, its next open interval after the instant (now by "
                    + "default), soonest first; days subject to notice before it are listed as passed over.")
    @APIResponse(responseCode = "200", description = "One entry per hall that takes the category; the days subject "
            + "to notice before each opening are listed as passed over")
    @APIResponse(responseCode = "400", description = "Missing or unknown category, unknown district or malformed instant")
    public List<NextOpeningView> nextOpening(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Parameter(description = CATEGORY_DOC, required = true) @QueryParam("category") String category,
            @Parameter(description = "From this instant; default now", example = "2026-01-01T08:00:00+08:00")
            @QueryParam("after") String after,
            @QueryParam("employerDistrict") String employerDistrict,
            @QueryParam("demonstratingEntity") String demonstratingEntity) {
        return halls.nextOpening(QueryValues.required("category", category),
                applicant(employerDistrict, demonstratingEntity), QueryValues.instant("after", after),
                Language.of(language));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getHall", summary = "One service hall",
            description = "One service hall with its address, district, regular hours and the categories of application it "
                    + "takes.")
    @APIResponse(responseCode = "200", description = "The hall")
    @APIResponse(responseCode = "404", description = "No hall with this id")
    public HallView get(@PathParam("id") String id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return halls.get(id, Language.of(language));
    }

    @GET
    @Path("{id}/schedule")
    @Operation(operationId = "getHallSchedule", summary = "A hall's days, each OPEN with its intervals, CLOSED or SUBJECT_TO_NOTICE",
            description = "A hall's days from one date to another (14 days from today by default, at most 366): each OPEN "
                    + "with its intervals, CLOSED (a weekend, a public holiday or a notice) or SUBJECT_TO_NOTICE where "
                    + "the State Council calendar of the year is not loaded.")
    @APIResponse(responseCode = "200", description = "Day by day, from and to included (default: 14 days from today)",
            headers = @Header(name = "Server-Timing", schema = @Schema(type = SchemaType.STRING),
                    description = "schedule;dur=<ms>: the time spent working out "
                    + "the days, without writing the answer"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "400", description = "Malformed dates, from after to, or more than 366 days")
    @APIResponse(responseCode = "404", description = "No hall with this id")
    public Response schedule(@PathParam("id") String id,
            @Parameter(example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(example = "2026-01-31") @QueryParam("to") String to,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        long started = System.nanoTime();
        ScheduleView schedule = halls.schedule(id, QueryValues.date("from", from), QueryValues.date("to", to),
                Language.of(language));
        double millis = (System.nanoTime() - started) / 1e6;
        return Response.ok(schedule).header("Server-Timing", String.format(Locale.ROOT, "schedule;dur=%.3f", millis))
                .build();
    }

    @GET
    @Path("{id}/calendar.ics")
    @Produces("text/calendar")
    @Operation(operationId = "getHallCalendar", summary = "A hall's coming open intervals as an RFC 5545 iCalendar feed; for immigration, each with its "
            + "booked and offered seats (X-ZGC-BOOKED, X-ZGC-CAPACITY and the description)",
            description = "A hall's open intervals from today on as an RFC 5545 iCalendar feed for calendar clients; for "
                    + "immigration each interval also carries its booked and offered seats (X-ZGC-BOOKED, X-ZGC-"
                    + "CAPACITY and the description).")
    @APIResponse(responseCode = "200", description = "The open intervals from today on",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "days is not between 1 and 366")
    @APIResponse(responseCode = "404", description = "No hall with this id")
    public Response calendar(@PathParam("id") String id,
            @Parameter(description = "How many days from today; default 90") @QueryParam("days") String days) {
        String ics = halls.calendarFeed(id, QueryValues.integer("days", days), caller.isImmigration());
        return Response.ok(ics, "text/calendar; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + id + ".ics\"")
                .build();
    }

    private static ApplicantFacts applicant(String employerDistrict, String demonstratingEntity) {
        return new ApplicantFacts(HallService.district("employerDistrict", employerDistrict),
                QueryValues.bool("demonstratingEntity", demonstratingEntity));
    }
}
