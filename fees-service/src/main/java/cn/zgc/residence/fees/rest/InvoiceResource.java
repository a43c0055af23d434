package cn.zgc.residence.fees.rest;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.idempotency.IdempotentRequest;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.fees.api.InvoiceView;
import cn.zgc.residence.fees.api.IssueInvoiceRequest;
import cn.zgc.residence.fees.api.PaymentPage;
import cn.zgc.residence.fees.api.PaymentRequest;
import cn.zgc.residence.fees.api.PaymentView;
import cn.zgc.residence.fees.api.RefundRequest;
import cn.zgc.residence.fees.api.RefundView;
import cn.zgc.residence.fees.api.RejectionRequest;
import cn.zgc.residence.fees.service.InvoiceService;
import cn.zgc.residence.fees.service.PaymentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
@Tag(name = "Invoices", description = "Invoices, their payments and refunds; a partner sees only its own, immigration every one")
@RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class InvoiceResource {

    private final InvoiceService invoices;
    private final PaymentService payments;
    private final Caller caller;

    public InvoiceResource(InvoiceService invoices, PaymentService payments, Caller caller) {
        this.invoices = invoices;
        this.payments = payments;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.IMMIGRATION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueInvoice", summary = "Issue an invoice by hand for certificate production, replacement or re-issuance",
            description = "Priced with the fee schedule in force on pricedOn; InvoiceIssued is published on fees.invoices.")
    @APIResponse(responseCode = "201", description = "Issued; Location names the invoice",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (an unknown or first-application service code, an impossible date, a currency other than CNY)")
    @APIResponse(responseCode = "422", description = "No fee schedule is in force on the pricing date")
    public Response issue(@Valid @NotNull IssueInvoiceRequest request, UriInfo uri) {
        InvoiceView issued = invoices.issueByOfficer(request, caller.actor());
        return Response.created(uri.getAbsolutePathBuilder().path(issued.id().toString()).build())
                .entity(issued).build();
    }

    @GET
    @Operation(operationId = "listInvoices", summary = "The invoices of a dossier",
            description = "The invoices of one dossier, oldest first, each with its payments and refunds; a partner lists "
                    + "its own dossiers' invoices only, immigration every dossier's. No invoice yet is an empty list.")
    @APIResponse(responseCode = "200", description = "The dossier's invoices, oldest first (none yet: an empty list)")
    @APIResponse(responseCode = "400", description = "dossierId is missing or not a UUID")
    @APIResponse(responseCode = "404", description = "The dossier is another partner's")
    public List<InvoiceView> listByDossier(@Parameter(required = true, schema = @Schema(format = "uuid"))
            @QueryParam("dossierId") String dossierId) {
        return invoices.listByDossier(uuid("dossierId", dossierId), caller);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInvoice", summary = "One invoice with its payments and refunds",
            description = "One invoice with its items, amount due, payments and refunds. A partner sees its own; another "
                    + "partner's answers 404.")
    @APIResponse(responseCode = "200", description = "The invoice")
    @APIResponse(responseCode = "404", description = "No such invoice, or another partner's")
    public InvoiceView get(@PathParam("id") UUID id) {
        return invoices.get(id, caller);
    }

    @POST
    @Path("/{id}/payments")
    @RolesAllowed(Roles.PARTNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "declarePayment", summary = "Declare a payment on an invoice; it is PENDING until immigration confirms it",
            description = "Idempotent per Idempotency-Key: the same key with the same body answers the same payment (200). "
                    + "A declared payment counts as pending against what is due, so no more than is due can be declared; "
                    + "the invoice becomes PAID only when immigration has confirmed payments that cover it.")
    @APIResponse(responseCode = "201", description = "Declared (PENDING); Location names the payment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "200", description = "The same key and body were sent before: the payment then declared",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (amount not positive or with a fraction of a fen, a currency other than CNY, an unknown channel, no Idempotency-Key)")
    @APIResponse(responseCode = "404", description = "No such invoice, or another partner's")
    @APIResponse(responseCode = "409", description = "More than is still open (due less what is pending), or the invoice is no longer open")
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used with another body")
    public Response pay(@PathParam("id") UUID id,
            @Parameter(description = "One key per intended payment, at most 200 characters", required = true)
            @HeaderParam(IdempotentRequest.HEADER) String idempotencyKey,
            @Valid @NotNull PaymentRequest request, UriInfo uri) {
        PaymentService.Outcome outcome = payments.declare(id, idempotencyKey, request, caller);
        Response.ResponseBuilder response = outcome.replayed() ? Response.ok() : Response.status(Response.Status.CREATED);
        return response.location(uri.getAbsolutePathBuilder().path(outcome.payment().id().toString()).build())
                .entity(outcome.payment()).build();
    }

    @GET
    @Path("/pending-payments")
    @RolesAllowed(Roles.IMMIGRATION)
    @Operation(operationId = "listPendingPayments", summary = "Payments waiting for immigration's confirmation, oldest first",
            description = "Immigration's worklist: the payments that partners declared and that wait for confirmation or "
                    + "rejection, oldest first, one page at a time.")
    @APIResponse(responseCode = "200", description = "One page",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentPage.class)))
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public PaymentPage pendingPayments(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return payments.pending(page, size);
    }

    @POST
    @Path("/{id}/payments/{paymentId}/confirmation")
    @RolesAllowed(Roles.IMMIGRATION)
    @Operation(operationId = "confirmPayment", summary = "Confirm a pending payment: the money reached the fee account",
            description = "PaymentConfirmed is published on fees.invoices; when the confirmed payments cover the total the invoice becomes PAID and InvoicePaid is published. Of two decisions on one payment exactly one succeeds; the other is 409.")
    @APIResponse(responseCode = "200", description = "Confirmed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "404", description = "No such payment on this invoice")
    @APIResponse(responseCode = "409", description = "The payment is no longer PENDING (confirmed or rejected already)")
    public PaymentView confirm(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId) {
        return payments.confirm(id, paymentId, caller);
    }

    @POST
    @Path("/{id}/payments/{paymentId}/rejection")
    @RolesAllowed(Roles.IMMIGRATION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectPayment", summary = "Reject a pending payment, with a reason the partner reads",
            description = "PaymentRejected is published on fees.invoices; the amount is open again for a new declaration. Of two decisions on one payment exactly one succeeds; the other is 409.")
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PaymentView.class)))
    @APIResponse(responseCode = "400", description = "No reason, or one longer than 500 characters")
    @APIResponse(responseCode = "404", description = "No such payment on this invoice")
    @APIResponse(responseCode = "409", description = "The payment is no longer PENDING (confirmed or rejected already)")
    public PaymentView reject(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId,
            @Valid @NotNull RejectionRequest request) {
        return payments.reject(id, paymentId, request.reason(), caller);
    }

    @GET
    @Path("/{id}/payments/{paymentId}")
    @Operation(operationId = "getPayment", summary = "One payment of an invoice",
            description = "One payment of an invoice: its amount, channel, state (PENDING, CONFIRMED or REJECTED) and, once"
                    + " rejected, the reason.")
    @APIResponse(responseCode = "200", description = "The payment")
    @APIResponse(responseCode = "404", description = "No such payment on this invoice, or another partner's")
    public PaymentView payment(@PathParam("id") UUID id, @PathParam("paymentId") UUID paymentId) {
        return payments.payment(id, paymentId, caller);
    }

    @POST
    @Path("/{id}/refunds")
    @RolesAllowed(Roles.IMMIGRATION)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "refundInvoice", summary = "Refund money kept on an invoice, with a reason",
            description = "Gives back confirmed money. The refund records who gave back how much, when and why. A PAID invoice becomes REFUNDED.")
    @APIResponse(responseCode = "201", description = "Refunded; Location names the refund",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RefundView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (amount not positive or with a fraction of a fen, no reason, a currency other than CNY)")
    @APIResponse(responseCode = "404", description = "No such invoice")
    @APIResponse(responseCode = "409", description = "More than was kept (confirmed payments less refunds) on the invoice")
    public Response refund(@PathParam("id") UUID id, @Valid @NotNull RefundRequest request, UriInfo uri) {
        RefundView refund = payments.refund(id, request, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(refund.id().toString()).build())
                .entity(refund).build();
    }

    @GET
    @Path("/{id}/refunds/{refundId}")
    @Operation(operationId = "getRefund", summary = "One refund of an invoice, with its audit",
            description = "One refund of an invoice with its amount, reason, and who recorded it and when.")
    @APIResponse(responseCode = "200", description = "The refund")
    @APIResponse(responseCode = "404", description = "No such refund on this invoice, or another partner's")
    public RefundView refundOf(@PathParam("id") UUID id, @PathParam("refundId") UUID refundId) {
        return payments.refundOf(id, refundId, caller);
    }

    private static UUID uuid(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(field, new Text("is required", "必填"));
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, new Text("not a UUID", "不是 UUID"));
        }
    }
}
