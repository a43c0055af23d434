package cn.zgc.residence.common.events.payload;

/**
 * The data of an event (CloudEvents {@code data}, JSON). Each payload is defined once, here; it carries ids,
 * the partner id and statuses, never an applicant's name, passport number or birth date.
 */
public sealed interface EventPayload permits AssessmentCompleted, RecommendationIssued, DossierOpened,
        DocumentReviewed, DossierCompleted, InvoiceIssued, InvoicePaid, FeeScheduleChanged, HallNoticePublished,
        LetterRevoked, DossierReady, DossierReopened, DossierSubmitted, DossierReturned, DossierAccepted,
        ExaminationStarted, DossierDecided, CardProduced, CardCollected, DossierWithdrawn, PaymentConfirmed,
        PaymentRejected, AppointmentBooked, AppointmentCancelled, AppointmentRescheduled,
        WebhookEndpointDisabled {

    /** The id of the aggregate the event belongs to: the Kafka key, so that order per aggregate holds. */
    String aggregateId();
}
