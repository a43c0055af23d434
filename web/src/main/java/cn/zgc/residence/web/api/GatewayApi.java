package cn.zgc.residence.web.api;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * The API as the pages use it, through the gateway, with the signed-in person's token and language (ApiHeaders).
 * Answers are kept as JSON maps: the pages show what the services say, in the shape the services document.
 */
@RegisterRestClient(configKey = "gateway")
@RegisterClientHeaders(ApiHeaders.class)
@RegisterProvider(ApiProblemMapper.class)
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public interface GatewayApi {

    // --- eligibility-service ---
    @POST
    @Path("/assessments")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> assess(@HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> request);

    @GET
    @Path("/assessments")
    Map<String, Object> assessments(@QueryParam("page") int page, @QueryParam("size") int size);

    @GET
    @Path("/assessments/{id}")
    Map<String, Object> assessment(@PathParam("id") String id);

    @POST
    @Path("/assessments/{id}/recommendation")
    Map<String, Object> issueLetter(@PathParam("id") String id);

    @POST
    @Path("/assessments/{id}/recommendation/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> revokeLetter(@PathParam("id") String id, Map<String, Object> request);

    @GET
    @Path("/assessments/{id}/recommendation")
    Map<String, Object> letter(@PathParam("id") String id);

    /** The signed letter as the register keeps it: the same PDF bytes every time. */
    @GET
    @Path("/assessments/{id}/recommendation")
    @Produces("application/pdf")
    byte[] letterPdf(@PathParam("id") String id);

    @GET
    @Path("/criteria")
    List<Map<String, Object>> criteria();

    // --- documents-service ---
    /** A page of dossiers: {@code dossiers}, {@code page}, {@code size}, {@code total}. */
    @GET
    @Path("/dossiers")
    Map<String, Object> dossiers(@QueryParam("assessmentId") String assessmentId,
            @QueryParam("applicantRef") String applicantRef, @QueryParam("state") String state,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/dossiers/{id}")
    Map<String, Object> dossier(@PathParam("id") String id);

    // --- offices-service ---
    @GET
    @Path("/halls")
    List<Map<String, Object>> halls();

    @GET
    @Path("/halls/{id}")
    Map<String, Object> hall(@PathParam("id") String id);

    @GET
    @Path("/halls/{id}/schedule")
    Map<String, Object> schedule(@PathParam("id") String id, @QueryParam("from") String from, @QueryParam("to") String to);

    @GET
    @Path("/halls/{id}/slots")
    Map<String, Object> slots(@PathParam("id") String id, @QueryParam("category") String category,
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("available") Boolean available);

    @POST
    @Path("/appointments")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> book(@HeaderParam("Idempotency-Key") String idempotencyKey, Map<String, Object> request);

    @GET
    @Path("/appointments")
    List<Map<String, Object>> appointments(@QueryParam("dossierId") String dossierId);

    // --- fees-service ---
    @GET
    @Path("/invoices")
    List<Map<String, Object>> invoices(@QueryParam("dossierId") String dossierId);

    @GET
    @Path("/invoices/{id}")
    Map<String, Object> invoice(@PathParam("id") String id);

    @POST
    @Path("/invoices/{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> declarePayment(@PathParam("id") String id, @HeaderParam("Idempotency-Key") String idempotencyKey,
            Map<String, Object> request);

    @GET
    @Path("/invoices/pending-payments")
    Map<String, Object> pendingPayments(@QueryParam("page") int page, @QueryParam("size") int size);

    @POST
    @Path("/invoices/{id}/payments/{paymentId}/confirmation")
    Map<String, Object> confirmPayment(@PathParam("id") String id, @PathParam("paymentId") String paymentId);

    @POST
    @Path("/invoices/{id}/payments/{paymentId}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> rejectPayment(@PathParam("id") String id, @PathParam("paymentId") String paymentId,
            Map<String, Object> request);
}
