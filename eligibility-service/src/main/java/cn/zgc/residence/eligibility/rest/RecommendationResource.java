package cn.zgc.residence.eligibility.rest;

import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.eligibility.api.RecommendationView;
import cn.zgc.residence.eligibility.api.RevocationRequest;
import cn.zgc.residence.eligibility.letter.Letter;
import cn.zgc.residence.eligibility.letter.LetterDocuments;
import cn.zgc.residence.eligibility.service.AssessmentService;
import cn.zgc.residence.eligibility.service.RecommendationService;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/assessments/{id}/recommendation")
@Tag(name = "Recommendation letters", description = "The Administrative Committee's letter of recommendation for an eligible assessment")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No such assessment (or another partner's), or no letter issued yet")
public class RecommendationResource {

    static final String PDF = "application/pdf";

    private final RecommendationService recommendations;
    private final LetterDocuments documents;

    public RecommendationResource(RecommendationService recommendations, LetterDocuments documents) {
        this.recommendations = recommendations;
        this.documents = documents;
    }

    @POST
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "issueRecommendationLetter", summary = "Issue the recommendation letter",
            description = "Only for an eligible assessment and only once; numbers read ZGC-<year>-<6 digits>. "
                    + "Publishes RecommendationIssued and keeps an audit record.")
    @APIResponse(responseCode = "201", description = "Issued",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING),
                    description = "The letter's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "409", description = "The assessment is not eligible, or its letter was already issued")
    public Response issue(@PathParam("id") String id) {
        RecommendationView letter = recommendations.issue(Ids.uuid(id, AssessmentService.ASSESSMENT));
        return Response.created(URI.create("/api/v1/assessments/" + letter.assessmentId() + "/recommendation"))
                .entity(letter).build();
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @RolesAllowed({Roles.PARTNER, Roles.COMMITTEE, Roles.IMMIGRATION})
    @Operation(operationId = "getRecommendationLetter", summary = "Show the recommendation letter of an assessment",
            description = "As JSON from the register (with its status), or with Accept: application/pdf as the signed "
                    + "bilingual letter (PAdES baseline B) with a QR code of its public check. The PDF is the same "
                    + "bytes every time; a revocation changes the register, never the document.")
    @APIResponse(responseCode = "200", description = "The letter", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    public Response get(@PathParam("id") String id, @Context HttpHeaders headers) {
        if (wantsPdf(headers)) {
            Letter letter = recommendations.letter(Ids.uuid(id, AssessmentService.ASSESSMENT));
            return Response.ok(documents.pdf(letter), PDF)
                    .header("Content-Disposition", "inline; filename=\"" + letter.number() + ".pdf\"")
                    .build();
        }
        return Response.ok(recommendations.get(Ids.uuid(id, AssessmentService.ASSESSMENT)), MediaType.APPLICATION_JSON).build();
    }

    @POST
    @Path("/revocation")
    @RolesAllowed(Roles.COMMITTEE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokeRecommendationLetter", summary = "Revoke the recommendation letter",
            description = "Once, with the committee's reason: the register shows REVOKED with the date and reason at "
                    + "once (the public check too), LetterRevoked is published and an audit record kept.")
    @APIResponse(responseCode = "200", description = "Revoked; the letter as the register now shows it",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "400", description = "No reason, or a reason over 500 characters")
    @APIResponse(responseCode = "409", description = "The letter was already revoked")
    public RecommendationView revoke(@PathParam("id") String id, @NotNull @Valid RevocationRequest request) {
        return recommendations.revoke(Ids.uuid(id, AssessmentService.ASSESSMENT), request.reason());
    }

    /** The PDF only when asked for by name and preferred to JSON; a browser's or a client's wildcard gets JSON. */
    private static boolean wantsPdf(HttpHeaders headers) {
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isWildcardType()) {
                return false;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
            if (!type.isWildcardSubtype() && type.isCompatible(MediaType.valueOf(PDF))) {
                return true;
            }
        }
        return false;
    }
}
