package cn.zgc.residence.offices.rest;

import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.offices.api.HallSlotsView;
import cn.zgc.residence.offices.service.SlotService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/halls/{id}/slots")
@Tag(name = "Slots", description = "Bookable times at the halls, cut from the opening hours, with their free seats")
@RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class HallSlotResource {

    private final SlotService slots;
    private final Caller caller;

    public HallSlotResource(SlotService slots, Caller caller) {
        this.slots = slots;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listHallSlots", summary = "A hall's slots for a category: only on OPEN days of a year whose State Council calendar is "
            + "loaded, inside the open intervals; the booked seats are shown to immigration only",
            description = "A hall's bookable slots for a category, from one date to another (at most 92 days): only on OPEN"
                    + " days of a year whose State Council calendar is loaded, inside the open intervals, and only "
                    + "those not yet started. The booked seats are shown to immigration only.")
    @APIResponse(responseCode = "200", description = "The slots that have not started, in time order",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HallSlotsView.class)))
    @APIResponse(responseCode = "400", description = "Missing or unknown category, malformed dates, from after to, or "
            + "more than 92 days")
    @APIResponse(responseCode = "404", description = "No hall with this id")
    public HallSlotsView slots(@PathParam("id") String id,
            @Parameter(description = HallResource.CATEGORY_DOC, required = true) @QueryParam("category") String category,
            @Parameter(description = "First day; default today", example = "2026-12-07") @QueryParam("from") String from,
            @Parameter(description = "Last day, included; default 14 days from from", example = "2026-12-20")
            @QueryParam("to") String to,
            @Parameter(description = "Only slots with a free seat") @QueryParam("available") String available) {
        return slots.hallSlots(id, QueryValues.required("category", category), QueryValues.date("from", from),
                QueryValues.date("to", to), QueryValues.bool("available", available), caller.isImmigration());
    }
}
