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
        @APIResponse(responseCode = "400", description = "The id or the body is not valid", content = @Content(mediaType = DossierResource.PROBLEM)),
        @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = DossierResource.PROBLEM)),
        @APIResponse(responseCode = "403", description = "Not an immigration token", content = @Content(mediaType = DossierResource.PROBLEM)),
        @APIResponse(responseCode = "404", description = "No such dossier", content = @Content(mediaType = DossierResource.PROBLEM)),
        @APIResponse(responseCode = "409", description = "Not possible in the dossier's state (the detail names it and the allowed actions), or changed meanwhile",
                content = @Content(mediaType = DossierResource.PROBLEM)),
        @APIResponse(responseCode = "412", description = "If-Match names another version", content = @Content(mediaType = DossierResource.PROBLEM))})
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
    @Operation(summary = "Confirm or reject one item of a SUBMITTED dossier (the original seen, for a photocopy)")
    @APIResponse(responseCode = "422", description = "The item is not on this dossier's checklist", content = @Content(mediaType = DossierResource.PROBLEM))
    public Response reviewItem(@PathParam("id") UUID id,
            @Parameter(description = "A document type code, for example PASSPORT") @PathParam("code") String code,
            @NotNull @Valid ItemReviewRequest review, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        hall.reviewItem(id, code, review, caller, DossierAccess.ifMatch(ifMatch));
        return answer(id, language);
    }

    @POST
    @Path("/return")
    @Operation(summary = "Return a SUBMITTED dossier to the partner with a reason for each item to correct (English and Chinese)")
    @APIResponse(responseCode = "422", description = "A named item is not on this dossier's checklist", content = @Content(mediaType = DossierResource.PROBLEM))
    public Response returnDossier(@PathParam("id") UUID id, @NotNull @Valid ReturnRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        hall.returnDossier(id, request, caller, DossierAccess.ifMatch(ifMatch));
        return answer(id, language);
    }

    @POST
    @Path("/acceptance")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "Accept a SUBMITTED application today: the acceptance date is the hall's today; every rule is checked again as of it")
    @APIResponse(responseCode = "422", description = "Every finding that keeps it from acceptance: a rule failing as of today, an item not confirmed, a photocopy whose original was not seen",
            content = @Content(mediaType = DossierResource.PROBLEM))
    public Response accept(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        acceptance.accept(id, caller, DossierAccess.ifMatch(ifMatch));
        return answer(id, language);
    }

    @POST
    @Path("/decision")
    @Operation(summary = "Decide an application UNDER_EXAMINATION: APPROVED or REFUSED, with reasons in English and Chinese")
    public Response decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest decision,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        hall.decide(id, decision, caller, DossierAccess.ifMatch(ifMatch));
        return answer(id, language);
    }

    @POST
    @Path("/card-production")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The card of an APPROVED application is produced")
    public Response cardProduced(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        hall.cardProduced(id, caller, DossierAccess.ifMatch(ifMatch));
        return answer(id, language);
    }

    @POST
    @Path("/card-collection")
    @Consumes(MediaType.WILDCARD)
    @Operation(summary = "The applicant collected the card")
    public Response cardCollected(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        hall.cardCollected(id, caller, DossierAccess.ifMatch(ifMatch));
        return answer(id, language);
    }

    private Response answer(UUID id, String language) {
        return DossierResource.tagged(views.view(id, caller, Language.of(language).chinese()));
    }
}
