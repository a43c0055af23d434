package cn.zgc.residence.documents.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One line of a dossier list: enough to pick it (GET /api/v1/dossiers/{id} shows it whole). */
public record DossierSummary(UUID id, long version, String state, UUID assessmentId, String partnerId,
        String applicantRef, String track, String letterNumber, String hallId, UUID appointmentId,
        OffsetDateTime submittedAt, LocalDate acceptanceDate, OffsetDateTime openedAt, OffsetDateTime updatedAt) {
}
