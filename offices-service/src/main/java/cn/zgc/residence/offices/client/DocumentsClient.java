package cn.zgc.residence.offices.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** documents-service's dossier resource; its address and timeouts are quarkus.rest-client.documents.*. */
@RegisterRestClient(configKey = "documents")
@Path("/api/v1/dossiers")
@Produces(MediaType.APPLICATION_JSON)
public interface DocumentsClient {

    /** The dossier as the bearer of {@code authorization} sees it: 404 for another partner's dossier. */
    @GET
    @Path("/{id}")
    DossierSummary dossier(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization);
}
