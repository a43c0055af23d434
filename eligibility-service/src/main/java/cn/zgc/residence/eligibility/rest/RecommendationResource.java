package cn.zgc.residence.eligibility.rest;

import cn.zgc.residence.common.problem.Problem;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.eligibility.api.RecommendationView;
import cn.zgc.residence.eligibility.service.RecommendationService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
@APIResponse(responseCode = "401", description = "No valid bearer token",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "The token's role may not do this",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such assessment (or another partner's), or no letter issued yet",
        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class RecommendationResource {

    private final RecommendationService recommendations;

    public RecommendationResource(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Operation(summary = "Issue the recommendation letter",
            description = "Only for an eligible assessment and only once; numbers read ZGC-<year>-<6 digits>. "
                    + "Publishes RecommendationIssued and keeps an audit record.")
    @APIResponse(responseCode = "201", description = "Issued",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING),
                    description = "The letter's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    @APIResponse(responseCode = "409", description = "The assessment is not eligible, or its letter was already issued",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response issue(@PathParam("id") String id) {
        RecommendationView letter = recommendations.issue(Ids.uuid(id, "Assessment"));
        return Response.created(URI.create("/api/v1/assessments/" + letter.assessmentId() + "/recommendation"))
                .entity(letter).build();
    }

    @GET
    @Operation(summary = "Show the recommendation letter of an assessment")
    @RolesAllowed({Roles.PARTNER, Roles.OFFICER})
    @APIResponse(responseCode = "200", description = "The letter",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecommendationView.class)))
    public RecommendationView get(@PathParam("id") String id) {
        return recommendations.get(Ids.uuid(id, "Assessment"));
    }
}
