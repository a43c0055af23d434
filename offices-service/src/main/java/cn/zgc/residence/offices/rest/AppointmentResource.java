package cn.zgc.residence.offices.rest;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Roles;
import cn.zgc.residence.offices.api.AppointmentView;
import cn.zgc.residence.offices.api.BookingRequest;
import cn.zgc.residence.offices.api.CancellationRequest;
import cn.zgc.residence.offices.api.RescheduleRequest;
import cn.zgc.residence.offices.service.AppointmentService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/appointments")
@Tag(name = "Appointments", description = "Visits at the halls booked for dossiers: one active appointment per dossier")
@Produces(MediaType.APPLICATION_JSON)
public class AppointmentResource {

    private final AppointmentService appointments;

    public AppointmentResource(AppointmentService appointments) {
        this.appointments = appointments;
    }

    @POST
    @RolesAllowed(Roles.PARTNER)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "bookAppointment", summary = "Book a slot at a hall for a dossier (partner); documents-service is asked, with the caller's "
            + "token, whose dossier it is and in which state. Publishes AppointmentBooked. With an Idempotency-Key a "
            + "retry with the same body returns the first booking",
            description = "The partner books one seat of a slot at a hall for its dossier. documents-service is asked, with"
                    + " the caller's token, whose dossier it is and whether its state allows a booking; the hall must "
                    + "take the dossier's category from this applicant. AppointmentBooked is published. With an "
                    + "Idempotency-Key a retry with the same body answers 200 with the first booking.")
    @APIResponse(responseCode = "201", description = "Booked; Location names the appointment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "200", description = "A replay of an earlier booking with the same Idempotency-Key and body",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, an unknown hall or district, or startsAt not the "
            + "start of a future slot of the hall")
    @APIResponse(responseCode = "404", description = "No dossier with this id for this partner")
    @APIResponse(responseCode = "409", description = "The slot is fully booked, the dossier already has a booked "
            + "appointment, or the dossier's state allows no booking")
    @APIResponse(responseCode = "422", description = "The hall does not take the dossier's category from this applicant, "
            + "or the Idempotency-Key was used with another body")
    @APIResponse(responseCode = "503", description = "documents-service cannot tell the dossier's owner and state now")
    public Response book(@Valid @NotNull BookingRequest request,
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: same key and body, same appointment")
            @HeaderParam("Idempotency-Key") @Size(max = 200) String idempotencyKey,
            @Context UriInfo uri) {
        AppointmentService.Booked booked = appointments.book(request,
                idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip());
        AppointmentView a = booked.appointment();
        return Response.status(booked.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(uri.getBaseUriBuilder().path("api/v1/appointments").path(a.id().toString()).build())
                .header("Idempotent-Replayed", String.valueOf(booked.replayed()))
                .entity(a).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
    @Operation(operationId = "getAppointment", summary = "One appointment: the partner who booked it and immigration see it, others get 404",
            description = "One appointment, BOOKED or CANCELLED, with its hall, slot and dossier. The partner who booked it"
                    + " and immigration see it; others get 404.")
    @APIResponse(responseCode = "200", description = "The appointment, BOOKED or CANCELLED",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "404", description = "No appointment with this id for this caller")
    public AppointmentView get(@PathParam("id") String id) {
        return appointments.get(uuid(id));
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
    @Operation(operationId = "listAppointments", summary = "A dossier's appointments, newest first (a partner sees its own); immigration may instead "
            + "list a hall's appointments from one day to another (at most 32 days)",
            description = "With dossierId: the dossier's appointments, newest first (a partner sees its own). With hallId, "
                    + "from and to (immigration only): a hall's appointments over at most 32 days.")
    @APIResponse(responseCode = "200", description = "The appointments")
    @APIResponse(responseCode = "400", description = "Neither dossierId nor (immigration) hallId given, a malformed "
            + "id or date, or an unknown hall")
    public List<AppointmentView> list(@QueryParam("dossierId") String dossierId,
            @Parameter(description = "immigration: a hall's appointments") @QueryParam("hallId") String hallId,
            @Parameter(description = "with hallId: first day, default today") @QueryParam("from") String from,
            @Parameter(description = "with hallId: last day, default from") @QueryParam("to") String to) {
        UUID dossier = null;
        if (dossierId != null && !dossierId.isBlank()) {
            try {
                dossier = UUID.fromString(dossierId.trim());
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("dossierId", new Text("expected a UUID", "应为 UUID"));
            }
        }
        return appointments.list(dossier, QueryValues.optional(hallId), QueryValues.date("from", from),
                QueryValues.date("to", to));
    }

    @POST
    @Path("{id}/cancellation")
    @RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelAppointment", summary = "Cancel an appointment (its partner, or immigration) and free its seat; publishes "
            + "AppointmentCancelled with the reason",
            description = "The partner who booked it, or immigration, cancels an appointment with a reason; its seat is "
                    + "free again and AppointmentCancelled is published.")
    @APIResponse(responseCode = "200", description = "Cancelled",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body")
    @APIResponse(responseCode = "404", description = "No appointment with this id for this caller")
    @APIResponse(responseCode = "409", description = "The appointment is already cancelled")
    public AppointmentView cancel(@PathParam("id") String id, @Valid CancellationRequest request) {
        return appointments.cancel(uuid(id), request);
    }

    @POST
    @Path("{id}/reschedule")
    @RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rescheduleAppointment", summary = "Move an appointment to another slot (same hall unless another is named); the old seat is "
            + "freed only if the new one is taken. Publishes AppointmentRescheduled",
            description = "Moves a BOOKED appointment to another slot, at the same hall unless another is named. The old "
                    + "seat is freed only once the new one is taken; the invitation's SEQUENCE is raised and "
                    + "AppointmentRescheduled is published.")
    @APIResponse(responseCode = "200", description = "Moved; the invitation's SEQUENCE is raised",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, unknown hall, or startsAt not the start of a future slot")
    @APIResponse(responseCode = "404", description = "No appointment with this id for this caller")
    @APIResponse(responseCode = "409", description = "The new slot is full, the appointment is cancelled or already "
            + "there, or the dossier's state allows no change")
    @APIResponse(responseCode = "422", description = "The hall does not take the appointment's category from this applicant")
    @APIResponse(responseCode = "503", description = "documents-service cannot tell the dossier's state now")
    public AppointmentView reschedule(@PathParam("id") String id, @Valid @NotNull RescheduleRequest request) {
        return appointments.reschedule(uuid(id), request);
    }

    @PUT
    @Path("{id}/reschedule")
    @RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rescheduleAppointmentByPut", summary = "The same as POST .../reschedule",
            description = "The same move as POST /api/v1/appointments/{id}/reschedule, for clients that send the new slot "
                    + "with PUT.")
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AppointmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, unknown hall, or startsAt not the start of a future slot")
    @APIResponse(responseCode = "404", description = "No appointment with this id for this caller")
    @APIResponse(responseCode = "409", description = "The new slot is full, or the appointment cannot move")
    @APIResponse(responseCode = "422", description = "The hall does not take the appointment's category from this applicant")
    @APIResponse(responseCode = "503", description = "documents-service cannot tell the dossier's state now")
    public AppointmentView rescheduleByPut(@PathParam("id") String id, @Valid @NotNull RescheduleRequest request) {
        return appointments.reschedule(uuid(id), request);
    }

    @GET
    @Path("{id}/invitation.ics")
    @Produces("text/calendar")
    @RolesAllowed({Roles.PARTNER, Roles.IMMIGRATION})
    @Operation(operationId = "getAppointmentInvitation", summary = "The appointment as an iCalendar invitation (METHOD:REQUEST; METHOD:CANCEL once cancelled), "
            + "with the hall's address and a link to the dossier's checklist as the documents to bring",
            description = "The appointment as an RFC 5545 iCalendar invitation: METHOD:REQUEST while booked, METHOD:CANCEL "
                    + "once cancelled; with the hall's address and a link to the dossier's checklist as the documents "
                    + "to bring.")
    @APIResponse(responseCode = "200", description = "The invitation", content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No appointment with this id for this caller")
    public Response invitation(@PathParam("id") String id) {
        return Response.ok(appointments.invitation(uuid(id)), "text/calendar; charset=utf-8; method=REQUEST")
                .header("Content-Disposition", "attachment; filename=\"appointment-" + id + ".ics\"")
                .build();
    }

    private static UUID uuid(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(AppointmentService.APPOINTMENT, value);
        }
    }
}
