package cn.zgc.residence.documents.rest;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.documents.api.DecisionRequest;
import cn.zgc.residence.documents.api.DossierView;
import cn.zgc.residence.documents.api.ItemReviewRequest;
import cn.zgc.residence.documents.api.ReturnRequest;
import cn.zgc.residence.documents.service.Acceptance;
import cn.zgc.residence.documents.service.DossierAccess;
import cn.zgc.residence.documents.service.DossierViews;
import cn.zgc.residence.documents.service.HallActions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponses;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The hall's moves on a submitted dossier (immigration only): item reviews, return, acceptance, decision and card.
 * Each answers the dossier with its new version as ETag and takes If-Match (412 when it no longer matches).
 */
@Path("/api/v1/dossiers/{id}")
@Tag(name = "Dossiers")
@RolesAllowed(Roles.IMMIGRATION)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@APIResponses({
        @APIResponse(responseCode = "200", description = "The dossier after the move; ETag is its new version; one event is published",
                content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierView.class))),
        @APIResponse(responseCode = "400", description = "The id or the body is not valid"),
        @APIResponse(responseCode = "404", description = "No such dossier"),
        @APIResponse(responseCode = "409", description = "Not possible in the dossier's state (the detail names it and the allowed actions), or changed meanwhile"),
        @APIResponse(responseCode = "412", description = "If-Match names another version")})
public class HallResource {

    private final HallActions hall;
    private final Acceptance acceptance;
    private final DossierViews views;
    private final Caller caller;

    public HallResource(HallActions hall, Acceptance acceptance, DossierViews views, Caller caller) {
        this.hall = hall;
        this.acceptance = acceptance;
        this.views = views;
        this.caller = caller;
    }

    @POST
    @Path("/items/{code}/review")
    @Operation(operationId = "reviewItem", summary = "Confirm or reject one item of a SUBMITTED dossier (the original seen, for a photocopy)",
            description = "Immigration's review of one item of a SUBMITTED dossier at the hall: confirmed (for a photocopy,"
                    + " with the original seen) or rejected with a reason in English and Chinese. Recorded in the "
                    + "dossier's history.")
    @APIResponse(responseCode = "422", description = "The item is not on this dossier's checklist")
    public Response reviewItem(@PathParam("id") UUID id,
            @Parameter(description = "A document type code, for example PASSPORT") @PathParam("code") String code,
            @NotNull @Valid ItemReviewRequest review, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        hall.reviewItem(id, code, review, caller, DossierAccess.ifMatch(ifMatch));
        return answer(id, language);
    }

    @POST
    @Path("/return")
    @Operation(operationId = "returnDossier", summary = "Return a SUBMITTED dossier to the partner with a reason for each item to correct (English and Chinese)",
            description = "Immigration returns a SUBMITTED dossier to the partner with a reason in English and Chinese for "
                    + "each item to correct. The dossier becomes RETURNED and DossierReturned is published; the partner"
                    + " corrects and submits again.")
    @APIResponse(responseCode = "422", description = "A named item is not on this dossier's checklist")
    public Response returnDossier(@PathParam("id") UUID id, @NotNull @Valid ReturnRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        hall.returnDossier(id, request, caller, DossierAccess.ifMatch(ifMatch));
        return answer(id, language);
    }

    @POST
    @Path("/acceptance")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "acceptDossier", summary = "Accept a SUBMITTED application today: the acceptance date is the hall's today; every rule is checked again as of it",
            description = "Immigration accepts a SUBMITTED application at the hall. The acceptance date is the hall's today"
                    + " in Beijing; every rule is checked again as of that date, and every item must be confirmed. The "
                    + "dossier becomes ACCEPTED and DossierAccepted is published (fees-service invoices on it).")
    @APIResponse(responseCode = "422", description = "Every finding that keeps it from acceptance: a rule failing as of today, an item not confirmed, a photocopy whose original was not seen")
    public Response accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        acceptance.accept(id, caller, DossierAccess.ifMatch(ifMatch));
        return answer(id, language);
    }

    @POST
    @Path("/decision")
    @Operation(operationId = "decideDossier", summary = "Decide an application UNDER_EXAMINATION: APPROVED or REFUSED, with reasons in English and Chinese",
            description = "Immigration decides an application UNDER_EXAMINATION: APPROVED or REFUSED, with reasons in "
                    + "English and Chinese. DossierDecided is published.")
    public Response decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest decision,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        hall.decide(id, decision, caller, DossierAccess.ifMatch(ifMatch));
        return answer(id, language);
    }

    @POST
    @Path("/card-production")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "recordCardProduced", summary = "The card of an APPROVED application is produced",
            description = "Immigration records that the permanent-residence card of an APPROVED application is produced and"
                    + " waits to be collected. CardProduced is published.")
    public Response cardProduced(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        hall.cardProduced(id, caller, DossierAccess.ifMatch(ifMatch));
        return answer(id, language);
    }

    @POST
    @Path("/card-collection")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "recordCardCollected", summary = "The applicant collected the card",
            description = "Immigration records that the applicant collected the card; the dossier is COLLECTED, its last "
                    + "state. CardCollected is published.")
    public Response cardCollected(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        hall.cardCollected(id, caller, DossierAccess.ifMatch(ifMatch));
        return answer(id, language);
    }

    private Response answer(UUID id, String language) {
        return DossierResource.tagged(views.view(id, caller, Language.of(language)));
    }
}
