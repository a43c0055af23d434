package cn.zgc.residence.eligibility.rest;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.eligibility.api.CriteriaPreviewView;
import cn.zgc.residence.eligibility.api.CriteriaPublication;
import cn.zgc.residence.eligibility.api.CriteriaSummaryView;
import cn.zgc.residence.eligibility.api.CriteriaVersionView;
import cn.zgc.residence.eligibility.service.CriteriaPreview;
import cn.zgc.residence.eligibility.service.CriteriaService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/criteria")
@Tag(name = "Criteria", description = "Versions of the assessment criteria with their effective dates")
@Produces(MediaType.APPLICATION_JSON)
public class CriteriaResource {

    private final CriteriaService criteria;
    private final CriteriaPreview preview;

    public CriteriaResource(CriteriaService criteria, CriteriaPreview preview) {
        this.criteria = criteria;
        this.preview = preview;
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.COMMITTEE, Roles.IMMIGRATION})
    @Operation(operationId = "listCriteriaVersions", summary = "List the published criteria versions, oldest first",
            description = "Every published version of the assessment criteria with its effective date, oldest first; an "
                    + "assessment applies the version in effect on its asOf date.")
    @APIResponse(responseCode = "200", description = "The versions",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CriteriaSummaryView.class)))
    public List<CriteriaSummaryView> list() {
        return criteria.list();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.COMMITTEE, Roles.IMMIGRATION})
    @Operation(operationId = "getCriteriaVersion", summary = "Show a whole criteria version",
            description = "One criteria version whole: the prerequisites, each factor with its bands and points, and the "
                    + "threshold (70 of 100).")
    @APIResponse(responseCode = "200", description = "The version with its prerequisites, factors and bands",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaVersionView.class)))
    @APIResponse(responseCode = "404", description = "No such version")
    public CriteriaVersionView get(@PathParam("id") String id) {
        return criteria.get(id);
    }

    @POST
    @RolesAllowed(Roles.COMMITTEE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishCriteriaVersion", summary = "Publish a new criteria version",
            description = "Starts after today; bands cover their fact without gaps or overlaps; each track's factors "
                    + "are worth 100 at most; threshold 0..100; dates overlap no other version, except that an "
                    + "open-ended earlier version is ended the day before. Published versions never change.")
    @APIResponse(responseCode = "201", description = "Published",
            headers = @Header(name = "Location", schema = @Schema(type = SchemaType.STRING),
                    description = "The version's URL"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaVersionView.class)))
    @APIResponse(responseCode = "400", description = "The version is not valid; each problem names its field")
    @APIResponse(responseCode = "409", description = "The id is taken, or the dates overlap another version")
    public Response publish(@NotNull @Valid CriteriaPublication publication) {
        CriteriaVersionView published = criteria.publish(publication);
        return Response.created(URI.create("/api/v1/criteria/" + published.id())).entity(published).build();
    }

    @POST
    @Path("/dry-run")
    @RolesAllowed(Roles.COMMITTEE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewCriteria", summary = "Preview a draft criteria version on the stored assessments; "
            + "nothing is stored",
            description = "The draft in the shape of a publication, checked as one (400 naming each field; whether "
                    + "its dates overlap a published version is checked only on publication). Every stored "
                    + "assessment's facts are scored with the draft as of the assessment's own date: the stored "
                    + "total and verdict beside the draft's, counts over all assessments, one page of entries, newest "
                    + "first (changedOnly: only those whose total or verdict would change).")
    @APIResponse(responseCode = "200", description = "The comparison; nothing was stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CriteriaPreviewView.class)))
    @APIResponse(responseCode = "400", description = "The draft is not valid, or page or size out of range; each problem names its field")
    public CriteriaPreviewView dryRun(@NotNull @Valid CriteriaPublication draft,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size,
            @QueryParam("changedOnly") @DefaultValue("false") String changedOnly) {
        if (!changedOnly.equals("true") && !changedOnly.equals("false")) {
            throw cn.zgc.residence.common.problem.ApiException.invalid("changedOnly",
                    new Text("must be true or false", "须为 true 或 false"));
        }
        return preview.preview(draft, page, size, Boolean.parseBoolean(changedOnly));
    }
}
