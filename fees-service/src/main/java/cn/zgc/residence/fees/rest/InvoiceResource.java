package cn.zgc.residence.fees.rest;

import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.fees.api.InvoiceView;
import cn.zgc.residence.fees.api.IssueInvoiceRequest;
import cn.zgc.residence.fees.api.PaymentRequest;
import cn.zgc.residence.fees.api.PaymentView;
import cn.zgc.residence.fees.api.RefundRequest;
import cn.zgc.residence.fees.api.RefundView;
import cn.zgc.residence.fees.service.InvoiceService;
import cn.zgc.residence.fees.service.PaymentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/invoices")
@Tag(name = "Invoices", description = "Invoices, their payments and refunds; a partner sees only its own")
@RolesAllowed({Roles.PARTNER, Roles.OFFICER})
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final InvoiceService invoices;
    private final PaymentService payments;
    private final Caller caller;

    public InvoiceResource(InvoiceService invoices, PaymentService payments, Caller caller) {
        this.invoices = invoices;
        this.payments = payments;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an invoice for certificate production, replacement or re-issuance",
            description = "Priced with the fee schedule in force on pricedOn; InvoiceIssued is published on fees.invoices.")
    @APIResponse(responseCode = "201", description = "Issued; Location names the invoice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (an unknown or first-application service code, an impossible date, a currency other than CNY)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Only officers issue invoices", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "The body is too large", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "The body is not JSON", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "No fee schedule is in force on the pricing date", content = @Content(mediaType = "application/problem+json"))
    public Response issue(@Valid @NotNull IssueInvoiceRequest request, UriInfo uri) {
        InvoiceView issued = invoices.issueByOfficer(request, caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(issued.id().toString()).build())
                .entity(issued).build();
    }

    @GET
    @Operation(summary = "The invoices of a dossier")
    @APIResponse(responseCode = "200", description = "The dossier's invoices, oldest first (none yet: an empty list)")
    @APIResponse(responseCode = "400", description = "dossierId is missing or not a UUID", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "The token has neither role", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "The dossier is another partner's", content = @Content(mediaType = "application/problem+json"))
    public List<InvoiceView> listByDossier(@Parameter(required = true, schema = @Schema(format = "uuid"))
            @QueryParam("dossierId") String dossierId) {
        return invoices.listByDossier(uuid("dossierId", dossierId), caller);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One invoice with its payments and refunds")
    @APIResponse(responseCode = "200", description = "The invoice")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "The token has neither role", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such invoice, or another partner's", content = @Content(mediaType = "application/problem+json"))
    public InvoiceView get(@PathParam("id") UUID id) {
        return invoices.get(id, caller);
    }

    @POST
    @Path("/{id}/payments")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a payment on an invoice",
            description = "Idempotent per Idempotency-Key: the same key with the same body answers the same payment (200); when the invoice is paid in full it becomes PAID and InvoicePaid is published on fees.invoices.")
    @APIResponse(responseCode = "201", description = "Recorded; Location names the payment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "200", description = "The same key and body were sent before: the payment then recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (amount not positive or with a fraction of a fen, a currency other than CNY, an unknown channel, no Idempotency-Key)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "The token has neither role", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such invoice, or another partner's", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "More than is due, or the invoice is no longer open", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "The body is too large", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "The body is not JSON", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body", content = @Content(mediaType = "application/problem+json"))
    public Response pay(@PathParam("id") UUID id,
            @Parameter(description = "One key per intended payment, at most 200 characters", required = true)
            @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @Valid @NotNull PaymentRequest request, UriInfo uri) {
        PaymentService.Outcome outcome = payments.pay(id, idempotencyKey, request, caller);
        Response.ResponseBuilder response = outcome.replayed() ? Response.ok() : Response.status(Response.Status.CREATED);
        return response.location(uri.getAbsolutePathBuilder().path(outcome.payment().id().toString()).build())
                .entity(outcome.payment()).build();
    }

    @GET
    @Path("/{id}/payments/{paymentId}")
    @Operation(summary = "One payment of an invoice")
    @APIResponse(responseCode = "200", description = "The payment")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "The token has neither role", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such payment on this invoice, or another partner's", content = @Content(mediaType = "application/problem+json"))
    public PaymentView payment(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId) {
        return payments.payment(id, paymentId, caller);
    }

    @POST
    @Path("/{id}/refunds")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refund money kept on an invoice, with a reason",
            description = "The refund records who gave back how much, when and why. A PAID invoice becomes REFUNDED.")
    @APIResponse(responseCode = "201", description = "Refunded; Location names the refund",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RefundView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (amount not positive or with a fraction of a fen, no reason, a currency other than CNY)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "Only officers refund", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such invoice", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "409", description = "More than was kept on the invoice", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "The body is too large", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "The body is not JSON", content = @Content(mediaType = "application/problem+json"))
    public Response refund(@PathParam("id") UUID id, @Valid @NotNull RefundRequest request, UriInfo uri) {
        RefundView refund = payments.refund(id, request, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(refund.id().toString()).build())
                .entity(refund).build();
    }

    @GET
    @Path("/{id}/refunds/{refundId}")
    @Operation(summary = "One refund of an invoice, with its audit")
    @APIResponse(responseCode = "200", description = "The refund")
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "403", description = "The token has neither role", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "404", description = "No such refund on this invoice, or another partner's", content = @Content(mediaType = "application/problem+json"))
    public RefundView refundOf(@PathParam("id") UUID id, @PathParam("refundId") UUID refundId) {
        return payments.refundOf(id, refundId, caller);
    }

    private static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, "is required");
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "not a UUID");
        }
    }
}
