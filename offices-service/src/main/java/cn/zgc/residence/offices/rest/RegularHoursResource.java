package cn.zgc.residence.offices.rest;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.offices.api.RegularHoursRequest;
import cn.zgc.residence.offices.api.RegularHoursView;
import cn.zgc.residence.offices.service.RegularHoursService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/halls/{id}/regular-hours")
@Tag(name = "Regular hours", description = "A hall's regular weekly hours as dated versions")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No hall (or version) with this id")
public class RegularHoursResource {

    private final RegularHoursService hours;
    private final Caller caller;

    public RegularHoursResource(RegularHoursService hours, Caller caller) {
        this.hours = hours;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.IMMIGRATION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addRegularHours", summary = "Change a hall's regular hours from a future date on (immigration); earlier days keep the old hours",
            description = "Immigration changes a hall's regular weekly hours from a future date on; earlier days keep the "
                    + "old hours. Recorded with who and when.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the version by its first day",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegularHoursView.class)))
    @APIResponse(responseCode = "400", description = "effectiveFrom not in the future, or malformed intervals; nothing is stored")
    @APIResponse(responseCode = "409", description = "The hall already has a version from that day")
    public Response add(@PathParam("id") String id, @Valid @NotNull RegularHoursRequest request, @Context UriInfo uri) {
        RegularHoursView version = hours.add(id, request, caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(version.effectiveFrom().toString()).build())
                .entity(version).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.COMMITTEE, Roles.IMMIGRATION})
    @Operation(operationId = "listRegularHours", summary = "Every version of a hall's regular hours, oldest first",
            description = "Every version of a hall's regular weekly hours, oldest first, each with the first day it "
                    + "applies.")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<RegularHoursView> list(@PathParam("id") String id) {
        return hours.list(id);
    }

    @GET
    @Path("{effectiveFrom}")
    @RolesAllowed({Roles.PARTNER, Roles.COMMITTEE, Roles.IMMIGRATION})
    @Operation(operationId = "getRegularHours", summary = "The version of a hall's regular hours that starts on a day",
            description = "The version of a hall's regular weekly hours that starts on the given day.")
    @APIResponse(responseCode = "200", description = "The version")
    public RegularHoursView get(@PathParam("id") String id, @PathParam("effectiveFrom") String effectiveFrom) {
        try {
            return hours.get(id, LocalDate.parse(effectiveFrom));
        } catch (DateTimeParseException e) {
            throw ApiException.notFound(new Text("Regular hours version", "常规办公时间版本"), effectiveFrom);
        }
    }
}
