package cn.zgc.residence.offices.api;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An appointment: documents-service checks {@code status} BOOKED at the dossier's submission. */
public record AppointmentView(
        UUID id,
        UUID dossierId,
        String partnerId,
        String hallId,
        String hallName,
        String hallAddress,
        String category,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Schema(description = "BOOKED or CANCELLED") String status,
        OffsetDateTime bookedAt,
        @Schema(description = "Raised by each reschedule") int sequence,
        Cancellation cancellation,
        @Schema(description = "The iCalendar invitation") String invitation) {

    /** Why and when an appointment was cancelled. */
    public record Cancellation(
            @Schema(description = "PARTNER, IMMIGRATION, NOTICE, DOSSIER_WITHDRAWN or DOSSIER_RETURNED") String cause,
            String reasonEn, String reasonZh, UUID noticeId, OffsetDateTime cancelledAt) {
    }
}
