package cn.zgc.residence.notifications.rest;

import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.notifications.api.AttemptView;
import cn.zgc.residence.notifications.api.CreateSubscriptionRequest;
import cn.zgc.residence.notifications.api.Page;
import cn.zgc.residence.notifications.api.ReplayRequest;
import cn.zgc.residence.notifications.api.ReplayView;
import cn.zgc.residence.notifications.api.RotateSecretRequest;
import cn.zgc.residence.notifications.api.SubscriptionView;
import cn.zgc.residence.notifications.api.UpdateSubscriptionRequest;
import cn.zgc.residence.notifications.delivery.DeliveryWorker;
import cn.zgc.residence.notifications.service.DeliveryLogService;
import cn.zgc.residence.notifications.service.SubscriptionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/webhook-subscriptions")
@Tag(name = "Webhook subscriptions", description = "A partner's endpoints that receive its own events as signed webhooks; immigration reads them for support")
@RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
@Produces(MediaType.APPLICATION_JSON)
public class WebhookSubscriptionResource {

    private final SubscriptionService subscriptions;
    private final DeliveryLogService log;
    private final DeliveryWorker worker;
    private final Caller caller;

    public WebhookSubscriptionResource(SubscriptionService subscriptions, DeliveryLogService log, DeliveryWorker worker,
            Caller caller) {
        this.subscriptions = subscriptions;
        this.log = log;
        this.worker = worker;
        this.caller = caller;
    }

    @POST
    @RolesAllowed(Roles.PARTNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createWebhookSubscription", summary = "Subscribe an endpoint to the partner's events",
            description = "The answer carries the signing secret (whsec_...), shown this once. The URL's host is resolved now and must not be an internal address; it is checked again before every delivery.")
    @APIResponse(responseCode = "201", description = "Subscribed; Location names the subscription",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "A field is not valid (not an https URL, credentials in the URL, no or an unknown event type)")
    @APIResponse(responseCode = "422", description = "The URL's host does not resolve, or resolves to a loopback, private, link-local, metadata or other internal address")
    public Response create(@Valid @NotNull CreateSubscriptionRequest request, UriInfo uri) {
        SubscriptionView created = subscriptions.create(request, caller);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created).build();
    }

    @GET
    @Operation(operationId = "listWebhookSubscriptions", summary = "Webhook subscriptions, newest first",
            description = "A partner sees its own; an immigration officer sees every partner's, or one partner's with partnerId. Secrets are never listed.")
    @APIResponse(responseCode = "200", description = "One page of subscriptions")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<SubscriptionView> list(
            @Parameter(description = "Immigration only: one partner's subscriptions (ignored for a partner)")
            @QueryParam("partnerId") @Size(max = 100) String partnerId,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return subscriptions.list(caller, partnerId, page, size);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getWebhookSubscription", summary = "One webhook subscription, with the reason it was disabled if it was",
            description = "One of the partner's webhook subscriptions: URL, event types, state and, if it was disabled, "
                    + "why. The signing secret is never shown again after creation or rotation.")
    @APIResponse(responseCode = "200", description = "The subscription (without its secret)")
    @APIResponse(responseCode = "404", description = "No such subscription, or another partner's")
    public SubscriptionView get(@PathParam("id") UUID id) {
        return subscriptions.get(id, caller);
    }

    @PATCH
    @Path("/{id}")
    @RolesAllowed(Roles.PARTNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateWebhookSubscription", summary = "Change the URL, the event types or the description; enable or disable",
            description = "Enabling a subscription the service disabled clears its reason; its deliveries that failed meanwhile can be replayed.")
    @APIResponse(responseCode = "200", description = "The subscription as it now is")
    @APIResponse(responseCode = "400", description = "A field is not valid")
    @APIResponse(responseCode = "404", description = "No such subscription, or another partner's")
    @APIResponse(responseCode = "409", description = "Changed by another request at the same time")
    @APIResponse(responseCode = "422", description = "The new URL's host does not resolve or is an internal address")
    public SubscriptionView update(@PathParam("id") UUID id, @Valid @NotNull UpdateSubscriptionRequest request) {
        return subscriptions.update(id, request, caller);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "deleteWebhookSubscription", summary = "Remove a subscription with its deliveries and log",
            description = "Removes the partner's subscription with its pending deliveries and its delivery log; nothing "
                    + "more is sent to its URL.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such subscription, or another partner's")
    public Response delete(@PathParam("id") UUID id) {
        subscriptions.delete(id, caller);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/secret-rotations")
    @RolesAllowed(Roles.PARTNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rotateWebhookSecret", summary = "Rotate the signing secret",
            description = "The answer carries the new secret, shown this once. Until previousSecretExpiresAt every delivery is signed with both secrets (two v1 values in webhook-signature), so the receiver can switch without losing a webhook.")
    @APIResponse(responseCode = "200", description = "The subscription with its new secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionView.class)))
    @APIResponse(responseCode = "400", description = "overlap is not a duration between PT0S and 7 days")
    @APIResponse(responseCode = "404", description = "No such subscription, or another partner's")
    @APIResponse(responseCode = "409", description = "Changed by another request at the same time")
    public SubscriptionView rotate(@PathParam("id") UUID id, RotateSecretRequest request) {
        return subscriptions.rotate(id, request, caller);
    }

    @GET
    @Path("/{id}/attempts")
    @Operation(operationId = "listDeliveryAttempts", summary = "The delivery log: every attempt, newest first",
            description = "Each attempt with its time, the endpoint's status code, the latency and the error when it failed.")
    @APIResponse(responseCode = "200", description = "One page of attempts")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    @APIResponse(responseCode = "404", description = "No such subscription, or another partner's")
    public Page<AttemptView> attempts(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return log.attempts(id, caller, page, size);
    }

    @POST
    @Path("/{id}/replays")
    @RolesAllowed(Roles.PARTNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replayDeliveries", summary = "Deliver one event, or every wanted event of a time range, again",
            description = "Each replayed event keeps its webhook-id, so a receiver that already has it can drop it.")
    @APIResponse(responseCode = "202", description = "Queued",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReplayView.class)))
    @APIResponse(responseCode = "400", description = "Neither or both of eventId and a range; a range backwards or longer than 31 days")
    @APIResponse(responseCode = "404", description = "No such subscription or event, or another partner's")
    @APIResponse(responseCode = "409", description = "The subscription is disabled")
    @APIResponse(responseCode = "422", description = "More than 1000 events in the range")
    public Response replay(@PathParam("id") UUID id, @NotNull ReplayRequest request) {
        ReplayView queued = new ReplayView(log.replay(id, request, caller));
        worker.wake();
        return Response.accepted(queued).build();
    }
}
