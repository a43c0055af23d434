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

    /** What it takes: the same facts scored, nothing stored, with the smallest changes that reach the threshold. */
    @POST
    @Path("/assessments/evaluate")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> evaluate(Map<String, Object> request);

    @GET
    @Path("/criteria")
    List<Map<String, Object>> criteria();

    @GET
    @Path("/criteria/{id}")
    Map<String, Object> criteriaVersion(@PathParam("id") String id);

    @POST
    @Path("/criteria")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> publishCriteria(Map<String, Object> draft);

    /** A draft tried on the stored assessments; nothing stored. */
    @POST
    @Path("/criteria/dry-run")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> criteriaDryRun(Map<String, Object> draft, @QueryParam("page") int page,
            @QueryParam("size") int size, @QueryParam("changedOnly") boolean changedOnly);

    // --- documents-service ---
    /** A page of dossiers: {@code dossiers}, {@code page}, {@code size}, {@code total}. */
    @GET
    @Path("/dossiers")
    Map<String, Object> dossiers(@QueryParam("assessmentId") String assessmentId,
            @QueryParam("applicantRef") String applicantRef, @QueryParam("state") String state,
            @QueryParam("hallId") String hallId, @QueryParam("submittedFrom") String submittedFrom,
            @QueryParam("submittedTo") String submittedTo, @QueryParam("sort") String sort,
            @QueryParam("page") Integer page, @QueryParam("size") Integer size);

    @GET
    @Path("/dossiers/{id}")
    Map<String, Object> dossier(@PathParam("id") String id);

    /** Every transition and item review, oldest first. */
    @GET
    @Path("/dossiers/{id}/history")
    Map<String, Object> history(@PathParam("id") String id, @QueryParam("page") int page, @QueryParam("size") int size);

    /** The personalised checklist for the applicant's facts. */
    @POST
    @Path("/checklists")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> checklist(Map<String, Object> request);

    /** An item's files, each with its checks. */
    @GET
    @Path("/dossiers/{id}/items/{code}/files")
    List<Map<String, Object>> files(@PathParam("id") String id, @PathParam("code") String code);

    // the hall's moves on a dossier; If-Match is the version the officer looked at
    @POST
    @Path("/dossiers/{id}/items/{code}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> reviewItem(@PathParam("id") String id, @PathParam("code") String code,
            @HeaderParam("If-Match") String version, Map<String, Object> review);

    @POST
    @Path("/dossiers/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> returnDossier(@PathParam("id") String id, @HeaderParam("If-Match") String version,
            Map<String, Object> request);

    @POST
    @Path("/dossiers/{id}/acceptance")
    Map<String, Object> accept(@PathParam("id") String id, @HeaderParam("If-Match") String version);

    @POST
    @Path("/dossiers/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> decide(@PathParam("id") String id, @HeaderParam("If-Match") String version,
            Map<String, Object> decision);

    @POST
    @Path("/dossiers/{id}/card-production")
    Map<String, Object> cardProduced(@PathParam("id") String id, @HeaderParam("If-Match") String version);

    @POST
    @Path("/dossiers/{id}/card-collection")
    Map<String, Object> cardCollected(@PathParam("id") String id, @HeaderParam("If-Match") String version);

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

    @GET
    @Path("/halls/{id}/notices")
    List<Map<String, Object>> notices(@PathParam("id") String id);

    @POST
    @Path("/halls/{id}/notices")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> publishNotice(@PathParam("id") String id, Map<String, Object> notice);

    @GET
    @Path("/halls/{id}/capacity")
    List<Map<String, Object>> capacity(@PathParam("id") String id);

    @POST
    @Path("/halls/{id}/capacity")
    @Consumes(MediaType.APPLICATION_JSON)
    Map<String, Object> addCapacity(@PathParam("id") String id, Map<String, Object> capacity);

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
