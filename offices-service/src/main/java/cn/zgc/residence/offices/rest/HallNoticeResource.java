package cn.zgc.residence.offices.rest;

import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.offices.api.NoticeRequest;
import cn.zgc.residence.offices.api.NoticeView;
import cn.zgc.residence.offices.service.NoticeService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/halls/{id}/notices")
@Tag(name = "Hall notices", description = "Officers' notices: a hall closed, or open with special hours, on given days")
@Produces(MediaType.APPLICATION_JSON)
@APIResponse(responseCode = "404", description = "No hall (or notice) with this id")
public class HallNoticeResource {

    private final NoticeService notices;
    private final Caller caller;

    public HallNoticeResource(NoticeService notices, Caller caller) {
        this.notices = notices;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.IMMIGRATION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "publishHallNotice", summary = "Publish a notice for a hall's days (immigration); published as HallNoticePublished on offices.notices",
            description = "Immigration publishes a notice for some of a hall's days: closed, or open with other intervals, "
                    + "with its reasons in English and Chinese. HallNoticePublished is published on offices.notices; "
                    + "the days' slots follow it.")
    @APIResponse(responseCode = "201", description = "Published; Location names the notice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoticeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid dates, kind, intervals or reasons; nothing is stored")
    public Response publish(@PathParam("id") String id, @Valid @NotNull NoticeRequest request, @Context UriInfo uri) {
        NoticeView notice = notices.publish(id, request, caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(notice.id().toString()).build()).entity(notice).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.COMMITTEE, Roles.IMMIGRATION})
    @Operation(operationId = "listHallNotices", summary = "A hall's notices that have not ended yet, by first day",
            description = "The notices of a hall that have not ended yet, ordered by their first day.")
    @APIResponse(responseCode = "200", description = "The notices")
    public List<NoticeView> list(@PathParam("id") String id, @QueryParam("past") String past) {
        return notices.list(id, QueryValues.bool("past", past));
    }

    @GET
    @Path("{noticeId}")
    @RolesAllowed({Roles.PARTNER, Roles.COMMITTEE, Roles.IMMIGRATION})
    @Operation(operationId = "getHallNotice", summary = "One notice",
            description = "One notice of a hall by its id.")
    @APIResponse(responseCode = "200", description = "The notice")
    public NoticeView get(@PathParam("id") String id, @PathParam("noticeId") String noticeId) {
        return notices.get(id, uuid(noticeId));
    }

    static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(NoticeService.NOTICE, value);
        }
    }
}
