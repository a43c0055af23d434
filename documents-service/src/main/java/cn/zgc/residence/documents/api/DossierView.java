package cn.zgc.residence.documents.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A dossier: every checklist item with MISSING, ACCEPTED or REJECTED and its reasons. {@code factsConfirmed} is false
 * for a dossier opened from a recommendation letter until the partner sends the applicant's facts.
 */
public record DossierView(UUID id, UUID assessmentId, String partnerId, String applicantRef, String track,
        String status, String origin, String letterNumber, boolean factsConfirmed, ApplicantFactsInput facts,
        String applicationKind, LocalDate acceptanceDate, OffsetDateTime openedAt, OffsetDateTime completedAt,
        List<Item> items, List<ChecklistView.Attention> attention, List<ChecklistView.Attention> blocking) {

    public record Item(String code, String name, String status, ReasonView appliesBecause, List<ReasonView> reasons,
            OffsetDateTime reviewedAt) {
    }
}
