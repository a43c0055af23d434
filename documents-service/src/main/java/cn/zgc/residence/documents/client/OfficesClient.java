package cn.zgc.residence.documents.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** offices-service's appointments; timeouts in application.properties (quarkus.rest-client.offices). */
@RegisterRestClient(configKey = "offices")
@Path("/api/v1/appointments")
@Produces(MediaType.APPLICATION_JSON)
public interface OfficesClient {

    @GET
    @Path("/{id}")
    Appointment get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
