package cn.zgc.residence.fees.rest;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.fees.api.FeeScheduleView;
import cn.zgc.residence.fees.api.PublishScheduleRequest;
import cn.zgc.residence.fees.service.FeeScheduleService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/fee-schedules")
@Tag(name = "Fee schedules", description = "Dated versions of the fees; immigration publishes new ones for the future")
@RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class FeeScheduleResource {

    private final FeeScheduleService schedules;
    private final Caller caller;

    public FeeScheduleResource(FeeScheduleService schedules, Caller caller) {
        this.schedules = schedules;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listFeeSchedules", summary = "List every fee schedule version, oldest first",
            description = "Every fee schedule version with its period and its items (service code, amount in CNY), oldest "
                    + "first.")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<FeeScheduleView> list() {
        return schedules.list();
    }

    @GET
    @Path("/current")
    @Operation(operationId = "getCurrentFeeSchedule", summary = "The fee schedule version in force on a date (today in Beijing by default)",
            description = "The fee schedule version in force on the date asked (today in Beijing by default); 404 when none"
                    + " is.")
    @APIResponse(responseCode = "200", description = "The version in force")
    @APIResponse(responseCode = "400", description = "The date is not a real date")
    @APIResponse(responseCode = "404", description = "No version is in force on that date")
    public FeeScheduleView current(@Parameter(description = "A date like 2026-05-10", schema = @Schema(format = "date"))
            @QueryParam("on") String on) {
        return schedules.current(on == null || on.isBlank() ? schedules.today() : parseDate("on", on));
    }

    @GET
    @Path("/{version}")
    @Operation(operationId = "getFeeSchedule", summary = "One fee schedule version",
            description = "One fee schedule version by its name, with its period and its items.")
    @APIResponse(responseCode = "200", description = "The version")
    @APIResponse(responseCode = "404", description = "No such version")
    public FeeScheduleView get(@PathParam("version") String version) {
        return schedules.get(version);
    }

    @POST
    @RolesAllowed(Roles.IMMIGRATION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishFeeSchedule", summary = "Publish a fee schedule version that starts after today",
            description = "The open-ended version before it is ended the day before it starts; FeeScheduleChanged is published on fees.schedules for each changed version.")
    @APIResponse(responseCode = "201", description = "Published; Location names the version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeeScheduleView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (start not in the future, an amount negative or with a fraction of a fen, a service missing or twice, a currency other than CNY)")
    @APIResponse(responseCode = "409", description = "The version name is taken or its period overlaps another version")
    public Response publish(@Valid @NotNull PublishScheduleRequest request, UriInfo uri) {
        FeeScheduleView published = schedules.publish(request, caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(published.version()).build())
                .entity(published).build();
    }

    static LocalDate parseDate(String field, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(field,
                    new Text("not a real date; expected a date like 2026-01-31", "不是有效的日期；应为日期，如 2026-01-31"));
        }
    }
}
