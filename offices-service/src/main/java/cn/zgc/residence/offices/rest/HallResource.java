package cn.zgc.residence.offices.rest;

import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.offices.api.HallView;
import cn.zgc.residence.offices.service.HallService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/halls")
@Tag(name = "Halls", description = "The service halls that take applications")
@RolesAllowed({Roles.PARTNER, Roles.OFFICER})
@Produces(MediaType.APPLICATION_JSON)
public class HallResource {

    private final HallService halls;

    public HallResource(HallService halls) {
        this.halls = halls;
    }

    @GET
    @Operation(summary = "List the service halls")
    public List<HallView> list(@HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String language) {
        return halls.list(language != null && language.toLowerCase().startsWith("zh"));
    }
}
