package cn.zgc.residence.offices.rest;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.offices.api.CapacityRequest;
import cn.zgc.residence.offices.api.CapacityView;
import cn.zgc.residence.offices.service.CapacityService;
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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/halls/{id}/capacity")
@Tag(name = "Capacity", description = "Slot lengths and seats per hall, category and time of day, as dated versions (immigration)")
@RolesAllowed(Roles.IMMIGRATION)
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No hall with this id")
public class CapacityResource {

    private final CapacityService capacity;
    private final Caller caller;

    public CapacityResource(CapacityService capacity, Caller caller) {
        this.capacity = capacity;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addCapacityVersion", summary = "Change slot lengths and seats from a future day on; existing bookings are never cancelled",
            description = "Immigration changes, for one category, the slot length and the seats per slot of a hall from a "
                    + "future day on; bookings already made are never cancelled. Recorded with who and when.")
    @APIResponse(responseCode = "201", description = "Recorded, with who and when; Location names the version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CapacityView.class)))
    @APIResponse(responseCode = "400", description = "effectiveFrom not after today, a category the hall does not take, "
            + "or malformed bands; nothing is stored")
    @APIResponse(responseCode = "409", description = "The hall already has a version for this category from that day")
    public Response add(@PathParam("id") String id, @Valid @NotNull CapacityRequest request, @Context UriInfo uri) {
        CapacityView version = capacity.add(id, request, caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(version.id().toString()).build()).entity(version).build();
    }

    @GET
    @Operation(operationId = "listCapacityVersions", summary = "Every capacity version of a hall, oldest first, with who recorded it and when",
            description = "Every capacity version of a hall (slot length and seats per category), oldest first, with who "
                    + "recorded it and when.")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<CapacityView> list(@PathParam("id") String id) {
        return capacity.list(id);
    }

    @GET
    @Path("{versionId}")
    @Operation(operationId = "getCapacityVersion", summary = "One capacity version",
            description = "One capacity version of a hall by its id.")
    @APIResponse(responseCode = "200", description = "The version")
    public CapacityView get(@PathParam("id") String id, @PathParam("versionId") String versionId) {
        return capacity.list(id).stream().filter(v -> v.id().toString().equals(versionId)).findFirst()
                .orElseThrow(() -> ApiException.notFound(new Text("Capacity version", "容量版本"), versionId));
    }
}
