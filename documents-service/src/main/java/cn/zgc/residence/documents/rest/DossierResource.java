package cn.zgc.residence.documents.rest;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.documents.api.ApplicantFactsInput;
import cn.zgc.residence.documents.api.DocumentReviewView;
import cn.zgc.residence.documents.api.DossierPage;
import cn.zgc.residence.documents.api.DossierQuery;
import cn.zgc.residence.documents.api.DossierView;
import cn.zgc.residence.documents.api.HistoryPage;
import cn.zgc.residence.documents.api.SubmissionRequest;
import cn.zgc.residence.documents.api.WithdrawalRequest;
import cn.zgc.residence.documents.service.DocumentCorrections;
import cn.zgc.residence.documents.service.DossierAccess;
import cn.zgc.residence.documents.service.DossierViews;
import cn.zgc.residence.documents.service.PartnerActions;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Dossiers as partners and immigration read them, and the partner's moves. A dossier opens only from a recommendation
 * letter (there is no POST here). The hall's moves are in {@link HallResource}.
 */
@Path("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "An application from its recommendation letter to the card")
@RolesAllowed(Roles.PARTNER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    private final DossierViews views;
    private final DocumentCorrections corrections;
    private final PartnerActions actions;
    private final Caller caller;
    private final JsonWebToken token;

    public DossierResource(DossierViews views, DocumentCorrections corrections, PartnerActions actions, Caller caller,
            JsonWebToken token) {
        this.views = views;
        this.corrections = corrections;
        this.actions = actions;
        this.caller = caller;
        this.token = token;
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
    @Operation(operationId = "listDossiers", summary = "List dossiers: the officers' worklist, or a partner's look-up by assessment or applicantRef",
            description = "Every filter is optional and all given must match. A partner lists only its own dossiers, "
                    + "immigration every partner's. Paged (page from 0, size 1-100, default 20) with the total; sorted by "
                    + "sort (submittedAt, openedAt or updatedAt; '-' before it for descending; default openedAt).")
    @APIResponse(responseCode = "200", description = "One page of matching dossiers, possibly empty",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierPage.class)))
    @APIResponse(responseCode = "400", description = "A parameter is not valid; each is named")
    @APIResponse(responseCode = "403", description = "Neither partner nor immigration, or a partner token without partner_id")
    public DossierPage search(
            @Parameter(description = "The assessment the dossier is for",
                    schema = @Schema(type = SchemaType.STRING, format = "uuid"))
            @QueryParam("assessmentId") String assessmentId,
            @Parameter(description = "The partner's reference of the applicant", example = "APP-2026-0042")
            @QueryParam("applicantRef") String applicantRef,
            @Parameter(description = "A lifecycle state", example = "SUBMITTED") @QueryParam("state") String state,
            @Parameter(description = "The hall it was submitted to", example = "zhongguancun-center") @QueryParam("hallId") String hallId,
            @Parameter(description = "Submitted on or after this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("submittedFrom") String submittedFrom,
            @Parameter(description = "Submitted on or before this day",
                    schema = @Schema(type = SchemaType.STRING, format = "date"))
            @QueryParam("submittedTo") String submittedTo,
            @Parameter(description = "Page number from 0") @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") String size,
            @Parameter(description = "submittedAt, openedAt or updatedAt; -submittedAt for descending") @QueryParam("sort") String sort) {
        return views.search(DossierQuery.of(assessmentId, applicantRef, state, hallId, submittedFrom, submittedTo, page,
                size, sort), caller);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
    @Operation(operationId = "getDossier", summary = "Show a dossier: its state, what the caller may do next, and every item with both verdicts",
            description = "The dossier with its state, its recommendation letter, the actions the caller may take next, and"
                    + " every checklist item with the rules' verdict and the hall's review. The ETag is the dossier's "
                    + "version, for If-Match on the changing operations. A partner sees its own dossiers; another "
                    + "partner's answers 404.")
    @APIResponse(responseCode = "200", description = "The dossier; the ETag header is its version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "404", description = "No such dossier, or another partner's")
    public Response get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return tagged(views.view(id, caller, Language.of(language)));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
    @Operation(operationId = "getDossierHistory", summary = "A dossier's history: every transition, item review and change "
            + "to a file, with who, when and why, oldest first",
            description = "Every state transition, item review and change to a file (file id and digest only) of a dossier,"
                    + " oldest first, with who acted, when and why, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page of the history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryPage.class)))
    @APIResponse(responseCode = "400", description = "The id is not a UUID, or page or size out of range")
    @APIResponse(responseCode = "404", description = "No such dossier, or another partner's")
    public HistoryPage history(@PathParam("id") UUID id,
            @Parameter(description = "Page number from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") @DefaultValue("50") @Min(1) @Max(100) int size) {
        return views.history(id, caller, page, size);
    }

    @PUT
    @Path("/{id}/facts")
    @Operation(operationId = "updateApplicantFacts", summary = "Tell the applicant's facts; the checklist is personalised again (reopens a RETURNED dossier)",
            description = "The partner tells the applicant's facts; the dossier's checklist is personalised again from them"
                    + " and every document already sent is reviewed again. A RETURNED dossier is reopened. With If-"
                    + "Match the change applies only to that version.")
    @APIResponse(responseCode = "200", description = "The dossier with its new checklist; ETag is its new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "A fact is missing or not valid")
    @APIResponse(responseCode = "404", description = "No such dossier, or another partner's")
    @APIResponse(responseCode = "409", description = "Not possible in the dossier's state, or changed meanwhile")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Response updateFacts(@PathParam("id") UUID id, @NotNull @Valid ApplicantFactsInput facts,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        corrections.updateFacts(id, facts, caller, DossierAccess.ifMatch(ifMatch));
        return tagged(views.view(id, caller, Language.of(language)));
    }

    @PUT
    @Path("/{id}/documents/{code}")
    @Operation(operationId = "submitDocument", summary = "Submit one document's metadata; the rules review it as of today",
            description = "The partner sends the metadata of one checklist item's document (issuer, date, presentation); "
                    + "the rules review it as of today in Beijing and answer SATISFIED or NOT_SATISFIED with every "
                    + "reason. When every item is SATISFIED the dossier becomes READY by itself and DossierReady is "
                    + "published.")
    @RequestBody(description = "The document's metadata; its shape depends on the code (see the module README)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                    example = """
                            {"issuer": "DESIGNATED_HEALTH_QUARANTINE_DEPARTMENT", "issuedOn": "2026-01-20",
                             "presentation": {"language": "zh", "a4": true, "originalReviewed": true}}"""))
    @APIResponse(responseCode = "200", description = "SATISFIED, or NOT_SATISFIED with every reason; ETag is the dossier's new version",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DocumentReviewView.class)))
    @APIResponse(responseCode = "400", description = "Metadata missing, of the wrong type or impossible; nothing stored")
    @APIResponse(responseCode = "404", description = "No such dossier or document type")
    @APIResponse(responseCode = "409", description = "Not possible in the dossier's state, or changed meanwhile")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    @APIResponse(responseCode = "422", description = "The document type is not on this dossier's checklist")
    public Response submitDocument(@PathParam("id") UUID id,
            @Parameter(description = "A document type code, for example MEDICAL_CERTIFICATE") @PathParam("code") String code,
            JsonNode metadata, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) throws JsonProcessingException {
        DocumentCorrections.Reviewed reviewed = corrections.submitDocument(id, code, metadata, caller,
                DossierAccess.ifMatch(ifMatch));
        DocumentReviewView view = views.review(reviewed.dossier(), reviewed.item(), Language.of(language));
        return Response.ok(view).tag(etag(view.version())).build();
    }

    @POST
    @Path("/{id}/submission")
    @Operation(operationId = "submitDossier", summary = "Submit a READY dossier to a hall, for an appointment booked there for it (checked with offices-service)",
            description = "The partner submits a READY dossier to a hall for an appointment it booked there for this "
                    + "dossier; offices-service confirms the appointment and every item is checked again as of today. "
                    + "The dossier becomes SUBMITTED and DossierSubmitted is published.")
    @APIResponse(responseCode = "200", description = "SUBMITTED; DossierSubmitted is published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "hallId or appointmentId missing or not valid")
    @APIResponse(responseCode = "404", description = "No such dossier, or another partner's")
    @APIResponse(responseCode = "409", description = "The dossier is not READY (the detail names its state and the allowed actions), or changed meanwhile")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    @APIResponse(responseCode = "422", description = "The appointment is not BOOKED for this dossier at this hall, or an item no longer satisfies the rules today")
    @APIResponse(responseCode = "503", description = "offices-service cannot confirm the appointment now")
    public Response submit(@PathParam("id") UUID id, @NotNull @Valid SubmissionRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        actions.submit(id, request, caller, DossierAccess.ifMatch(ifMatch), "Bearer " + token.getRawToken());
        return tagged(views.view(id, caller, Language.of(language)));
    }

    @POST
    @Path("/{id}/withdrawal")
    @Operation(operationId = "withdrawDossier", summary = "Withdraw the application before a decision",
            description = "The partner withdraws the application at any state before the decision, with an optional reason."
                    + " The dossier becomes WITHDRAWN and DossierWithdrawn (cause PARTNER) is published; its "
                    + "appointment is cancelled by offices-service.")
    @APIResponse(responseCode = "200", description = "WITHDRAWN; DossierWithdrawn (cause PARTNER) is published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "The reason is too long")
    @APIResponse(responseCode = "404", description = "No such dossier, or another partner's")
    @APIResponse(responseCode = "409", description = "Already decided or withdrawn, or changed meanwhile")
    @APIResponse(responseCode = "412", description = "If-Match names another version")
    public Response withdraw(@PathParam("id") UUID id, @NotNull @Valid WithdrawalRequest request,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        actions.withdraw(id, request.reason(), caller, DossierAccess.ifMatch(ifMatch));
        return tagged(views.view(id, caller, Language.of(language)));
    }

    static Response tagged(DossierView view) {
        return Response.ok(view).tag(etag(view.version())).build();
    }

    static EntityTag etag(long version) {
        return new EntityTag(Long.toString(version));
    }
}
