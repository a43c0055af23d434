package cn.zgc.residence.offices.rest;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.offices.api.EarliestSlotsView;
import cn.zgc.residence.offices.domain.ApplicantFacts;
import cn.zgc.residence.offices.service.HallService;
import cn.zgc.residence.offices.service.SlotService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/slots")
@Tag(name = "Slots")
@RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class SlotSearchResource {

    private final SlotService slots;
    private final Caller caller;

    public SlotSearchResource(SlotService slots, Caller caller) {
        this.slots = slots;
        this.caller = caller;
    }

    @GET
    @Path("earliest")
    @Operation(operationId = "findEarliestSlots", summary = "The earliest free slots of a category across the halls that take it from this applicant, "
            + "halls in order of their earliest free slot (halls without one last)",
            description = "Across the halls that take the category from this applicant's district, each hall's earliest "
                    + "free slots (up to perHall) from one date to another; halls in the order of their earliest free "
                    + "slot, halls without one last.")
    @APIResponse(responseCode = "200", description = "One entry per hall that takes the category")
    @APIResponse(responseCode = "400", description = "Missing or unknown category, unknown district, malformed dates, "
            + "from after to, more than 92 days, or perHall not 1 to 50")
    public List<EarliestSlotsView> earliest(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @Parameter(description = HallResource.CATEGORY_DOC, required = true) @QueryParam("category") String category,
            @Parameter(description = "The district of the applicant's employer, for condition (a)", example = "CHAOYANG")
            @QueryParam("employerDistrict") String employerDistrict,
            @Parameter(description = "Condition (a): the employer is a demonstrating entity under the 10 and 20 policies")
            @QueryParam("demonstratingEntity") String demonstratingEntity,
            @Parameter(description = "First day; default today") @QueryParam("from") String from,
            @Parameter(description = "Last day, included; default 14 days from from") @QueryParam("to") String to,
            @Parameter(description = "Free slots per hall; default 3") @QueryParam("perHall") String perHall) {
        ApplicantFacts applicant = new ApplicantFacts(HallService.district("employerDistrict", employerDistrict),
                QueryValues.bool("demonstratingEntity", demonstratingEntity));
        return slots.earliest(QueryValues.required("category", category), applicant, QueryValues.date("from", from),
                QueryValues.date("to", to), QueryValues.integer("perHall", perHall), Language.of(language),
                caller.isImmigration());
    }
}
