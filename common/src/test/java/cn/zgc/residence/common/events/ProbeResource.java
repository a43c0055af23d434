package cn.zgc.residence.common.events;

import cn.zgc.residence.common.observe.RequestIdLogging;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashMap;
import java.util.Map;
import org.jboss.logging.MDC;

/** A request that records an event, as a service's resource does; answers with the logging context it ran in. */
@Path("/probe/schedules")
@PermitAll
public class ProbeResource {

    private final ProbeChanges changes;

    public ProbeResource(ProbeChanges changes) {
        this.changes = changes;
    }

    @POST
    @Path("/{version}")
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, Object> change(@PathParam("version") String version) {
        changes.change(version, false);
        Map<String, Object> context = new HashMap<>();
        context.put("requestId", MDC.get(RequestIdLogging.MDC_KEY));
        context.put("traceId", MDC.get("traceId"));
        return context;
    }
}
