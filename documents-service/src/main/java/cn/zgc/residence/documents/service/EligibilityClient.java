package cn.zgc.residence.documents.service;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** eligibility-service's assessment resource; timeouts in application.properties (quarkus.rest-client.eligibility). */
@RegisterRestClient(configKey = "eligibility")
@Path("/api/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
public interface EligibilityClient {

    @GET
    @Path("/{id}")
    Assessment get(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
