package cn.zgc.residence.eligibility.rest;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.eligibility.api.AuditPage;
import cn.zgc.residence.eligibility.service.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Who published criteria, issued and revoked letters, and when")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @GET
    @RolesAllowed(Roles.COMMITTEE)
    @Operation(operationId = "listAuditEntries", summary = "List the officer actions of eligibility, newest first",
            description = "Criteria published and ended, letters issued and revoked; all, or one assessment's.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditPage.class)))
    @APIResponse(responseCode = "400", description = "assessmentId not a UUID, or page or size out of range")
    public AuditPage list(
            @Parameter(description = "Only this assessment's records") @QueryParam("assessmentId") String assessmentId,
            @QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return audit.page(assessmentId == null ? null : uuid(assessmentId), page, size);
    }

    private static UUID uuid(String assessmentId) {
        try {
            return UUID.fromString(assessmentId);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("assessmentId", new Text("not a UUID", "不是 UUID"));
        }
    }
}
