package cn.zgc.residence.documents.rest;

import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.documents.api.ApplicantFactsInput;
import cn.zgc.residence.documents.api.DocumentReviewView;
import cn.zgc.residence.documents.api.DossierRequest;
import cn.zgc.residence.documents.api.DossierQuery;
import cn.zgc.residence.documents.api.DossierView;
import cn.zgc.residence.documents.api.SubmissionRequest;
import cn.zgc.residence.documents.service.DossierOpening;
import cn.zgc.residence.documents.service.DossierService;
import cn.zgc.residence.documents.service.Languages;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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

@Path("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "An applicant's materials, each reviewed against its rules")
@RolesAllowed(Roles.PARTNER)
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class DossierResource {

    private final DossierOpening opening;
    private final DossierService dossiers;
    private final Caller caller;
    private final JsonWebToken token;

    public DossierResource(DossierOpening opening, DossierService dossiers, Caller caller, JsonWebToken token) {
        this.opening = opening;
        this.dossiers = dossiers;
        this.caller = caller;
        this.token = token;
    }

    @POST
    @Operation(summary = "Open a dossier for an eligible assessment of the calling partner")
    @APIResponse(responseCode = "201", description = "Opened; Location names the dossier",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid, or the assessment is not the caller's")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "403", description = "Not a partner token")
    @APIResponse(responseCode = "409", description = "The assessment already has a dossier")
    @APIResponse(responseCode = "422", description = "The assessment is not eligible")
    @APIResponse(responseCode = "503", description = "eligibility-service cannot confirm the assessment now")
    public Response open(@NotNull @Valid DossierRequest request, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language,
            @jakarta.ws.rs.core.Context UriInfo uri) {
        DossierService.Opened opened = opening.openForPartner(caller.partnerId(), request, "Bearer " + token.getRawToken());
        DossierView view = dossiers.view(opened.id(), caller, Languages.chinese(language));
        return Response.created(uri.getAbsolutePathBuilder().path(opened.id().toString()).build()).entity(view).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.OFFICER})
    @Operation(summary = "Find dossiers by assessment and/or applicantRef (for example the one a recommendation letter opened)",
            description = "At least one filter; both must match when both are given. A partner finds only its own "
                    + "dossiers, an officer every partner's. Oldest first; an empty array when none matches yet.")
    @APIResponse(responseCode = "200", description = "The matching dossiers, each as GET /api/v1/dossiers/{id} shows it; possibly none",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DossierView.class)))
    @APIResponse(responseCode = "400", description = "Neither assessmentId nor applicantRef is given, assessmentId is not a UUID, or applicantRef is longer than 64 characters",
            content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "The token has neither role, or a partner token names no partner_id",
            content = @Content(mediaType = "application/problem+json"))
    public List<DossierView> search(
            @Parameter(description = "The assessment the dossier is for", schema = @Schema(format = "uuid"),
                    example = "0b7f3c1e-2a4d-4e55-9a41-1c2f5f7f0c11") @QueryParam("assessmentId") String assessmentId,
            @Parameter(description = "The partner's reference of the applicant", example = "APP-2026-0042")
            @QueryParam("applicantRef") String applicantRef,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return dossiers.search(DossierQuery.of(assessmentId, applicantRef), caller, Languages.chinese(language));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.OFFICER})
    @Operation(summary = "Show a dossier: every item MISSING, ACCEPTED or REJECTED with its reasons")
    @APIResponse(responseCode = "200", description = "The dossier")
    @APIResponse(responseCode = "400", description = "The id is not a UUID")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such dossier, or another partner's")
    public DossierView get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return dossiers.view(id, caller, Languages.chinese(language));
    }

    @PUT
    @Path("/{id}/facts")
    @Operation(summary = "Tell the applicant's facts; the checklist is personalised again")
    @APIResponse(responseCode = "200", description = "The dossier with its new checklist")
    @APIResponse(responseCode = "400", description = "A fact is missing or not valid")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such dossier, or another partner's")
    @APIResponse(responseCode = "409", description = "The dossier is complete")
    public DossierView updateFacts(@PathParam("id") UUID id, @NotNull @Valid ApplicantFactsInput facts,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return dossiers.updateFacts(id, facts, caller, Languages.chinese(language));
    }

    @PUT
    @Path("/{id}/documents/{code}")
    @Operation(summary = "Submit one document's metadata; it is reviewed against its rules as of today")
    @RequestBody(description = "The document's metadata; its shape depends on the code (see the module README)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT),
                    example = """
                            {"issuer": "DESIGNATED_HEALTH_QUARANTINE_DEPARTMENT", "issuedOn": "2026-01-20",
                             "presentation": {"language": "zh", "a4": true, "originalReviewed": true}}"""))
    @APIResponse(responseCode = "200", description = "ACCEPTED, or REJECTED with every reason")
    @APIResponse(responseCode = "400", description = "Metadata missing, of the wrong type or impossible (for example a date after today); nothing stored")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such dossier or document type")
    @APIResponse(responseCode = "409", description = "The dossier is complete")
    @APIResponse(responseCode = "422", description = "The document type is not on this dossier's checklist")
    public DocumentReviewView submitDocument(@PathParam("id") UUID id,
            @Parameter(description = "A document type code, for example MEDICAL_CERTIFICATE") @PathParam("code") String code,
            JsonNode metadata, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) throws JsonProcessingException {
        return dossiers.submitDocument(id, code, metadata, caller, Languages.chinese(language));
    }

    @POST
    @Path("/{id}/submission")
    @Operation(summary = "Submit the dossier with the acceptance date; the date rules are checked again against it")
    @APIResponse(responseCode = "200", description = "COMPLETE; DossierCompleted is published")
    @APIResponse(responseCode = "400", description = "The acceptance date is missing or before dates on the documents")
    @APIResponse(responseCode = "401", description = "No valid bearer token")
    @APIResponse(responseCode = "404", description = "No such dossier, or another partner's")
    @APIResponse(responseCode = "409", description = "The dossier is already complete")
    @APIResponse(responseCode = "422", description = "Items missing or rejected, or a blocking condition; each listed in errors")
    public DossierView submit(@PathParam("id") UUID id, @NotNull @Valid SubmissionRequest request,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return dossiers.submit(id, request.acceptanceDate(), caller, Languages.chinese(language));
    }
}
