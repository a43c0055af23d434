package cn.zgc.residence.eligibility.rest;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.eligibility.api.AssessmentPage;
import cn.zgc.residence.eligibility.api.AssessmentRequest;
import cn.zgc.residence.eligibility.api.AssessmentView;
import cn.zgc.residence.eligibility.api.EvaluationRequest;
import cn.zgc.residence.eligibility.api.EvaluationView;
import cn.zgc.residence.eligibility.service.AssessmentService;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/assessments")
@Tag(name = "Assessments", description = "The Zhongguancun points assessment: 70 of 100 points and every prerequisite met")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssessmentResource {

    private final AssessmentService assessments;

    public AssessmentResource(AssessmentService assessments) {
        this.assessments = assessments;
    }

    @POST
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "createAssessment", summary = "Assess an applicant and store the result",
            description = "Scores the facts against the criteria version in effect on asOf, stores input and result, "
                    + "and publishes AssessmentCompleted. With an Idempotency-Key a retry with the same body returns "
                    + "the first assessment.")
    @APIResponse(responseCode = "201", description = "Stored; Location names it",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING),
                    description = "The assessment's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid; nothing stored")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body, or no criteria are in effect on asOf")
    public Response create(
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: same key and body, same assessment")
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Context HttpHeaders headers,
            @NotNull @Valid AssessmentRequest request) {
        AssessmentService.Created created = assessments.create(request, idempotencyKey, language(headers));
        return Response.created(URI.create("/api/v1/assessments/" + created.view().id()))
                .header("Idempotent-Replayed", String.valueOf(created.replayed()))
                .entity(created.view())
                .build();
    }

    @POST
    @Path("/evaluate")
    @RolesAllowed({Roles.PARTNER, Roles.COMMITTEE})
    @Operation(operationId = "evaluateAssessment", summary = "Evaluate a what-if without storing it",
            description = "The same scoring as a stored assessment; below the threshold it adds what it takes: the "
                    + "smallest changes of one or two facts that reach the threshold.")
    @APIResponse(responseCode = "200", description = "The evaluation",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "400", description = "A field is missing or not valid")
    @APIResponse(responseCode = "422", description = "No criteria are in effect on asOf")
    public Uni<EvaluationView> evaluate(@Context HttpHeaders headers, @NotNull @Valid EvaluationRequest request) {
        Language lang = language(headers);
        // pure computation while the criteria are in memory: answered on the I/O thread, with no hand-over to a
        // worker; only when they must be read again does the evaluation move to a worker
        return assessments.evaluateFromMemory(request, lang).map(view -> Uni.createFrom().item(view))
                .orElseGet(() -> Uni.createFrom().item(() -> assessments.evaluate(request, lang))
                        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.COMMITTEE, Roles.IMMIGRATION})
    @Operation(operationId = "getAssessment", summary = "Show an assessment",
            description = "A partner sees its own assessments only; the committee and immigration see all. This shape is stable: "
                    + "documents-service reads it.")
    @APIResponse(responseCode = "200", description = "The assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", description = "No such assessment, or another partner's")
    public AssessmentView get(@PathParam("id") String id, @Context HttpHeaders headers) {
        return assessments.get(Ids.uuid(id, AssessmentService.ASSESSMENT), language(headers));
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.COMMITTEE, Roles.IMMIGRATION})
    @Operation(operationId = "listAssessments", summary = "List assessments, newest first",
            description = "A partner lists its own; the committee and immigration list all. Filter by the partner's applicantRef.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AssessmentPage.class)))
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public AssessmentPage list(@QueryParam("applicantRef") @Size(max = 64) String applicantRef,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size,
            @Context HttpHeaders headers) {
        return assessments.list(applicantRef, page, size, language(headers));
    }

    static Language language(HttpHeaders headers) {
        return Language.preferred(headers.getAcceptableLanguages());
    }
}
