package cn.zgc.residence.documents.api;

import cn.zgc.residence.documents.domain.RulesBasis;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A dossier with its lifecycle state and every checklist item, each with the rules' verdict (MISSING, SATISFIED,
 * NOT_SATISFIED) and the officer's (PENDING, CONFIRMED, REJECTED). {@code version} is also the ETag; {@code allowedActions}
 * are the moves the caller may make now. {@code factsConfirmed} is false until the partner sends the applicant's facts.
 */
public record DossierView(UUID id, long version, String state, List<String> allowedActions, UUID assessmentId,
        String partnerId, String applicantRef, String track, String origin, Letter letter, boolean factsConfirmed,
        ApplicantFactsInput facts, String applicationKind, String hallId, UUID appointmentId,
        OffsetDateTime submittedAt, LocalDate acceptanceDate, OffsetDateTime acceptedAt, UUID examinationInvoiceId,
        OffsetDateTime examinationStartedAt, Bilingual decisionReason, OffsetDateTime decidedAt,
        OffsetDateTime cardProducedAt, OffsetDateTime collectedAt, Withdrawal withdrawal, OffsetDateTime openedAt,
        OffsetDateTime updatedAt, List<Item> items, List<ChecklistView.Attention> attention,
        List<ChecklistView.Attention> blocking) {

    /** The recommendation letter that opened the dossier (null only for a dossier opened before letters were the gate). */
    public record Letter(String number, OffsetDateTime issuedAt, Integer total, String criteriaVersion) {
    }

    public record Withdrawal(String cause, String reason, OffsetDateTime at) {
    }

    public record Bilingual(String en, String zh) {
    }

    public record Item(String code, String name, boolean photocopy, ReasonView appliesBecause, String rulesVerdict,
            List<ReasonView> rulesReasons, RulesBasis rulesBasis, OffsetDateTime reviewedAt, String officerVerdict, Bilingual officerReason,
            boolean originalSeen, OffsetDateTime officerReviewedAt) {
    }
}
