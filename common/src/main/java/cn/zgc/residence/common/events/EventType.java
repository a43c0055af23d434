package cn.zgc.residence.common.events;

import cn.zgc.residence.common.events.payload.AppointmentBooked;
import cn.zgc.residence.common.events.payload.AppointmentCancelled;
import cn.zgc.residence.common.events.payload.AppointmentRescheduled;
import cn.zgc.residence.common.events.payload.AssessmentCompleted;
import cn.zgc.residence.common.events.payload.CardCollected;
import cn.zgc.residence.common.events.payload.CardProduced;
import cn.zgc.residence.common.events.payload.DocumentReviewed;
import cn.zgc.residence.common.events.payload.DossierAccepted;
import cn.zgc.residence.common.events.payload.DossierCompleted;
import cn.zgc.residence.common.events.payload.DossierDecided;
import cn.zgc.residence.common.events.payload.DossierOpened;
import cn.zgc.residence.common.events.payload.DossierReady;
import cn.zgc.residence.common.events.payload.DossierReopened;
import cn.zgc.residence.common.events.payload.DossierReturned;
import cn.zgc.residence.common.events.payload.DossierSubmitted;
import cn.zgc.residence.common.events.payload.DossierWithdrawn;
import cn.zgc.residence.common.events.payload.EventPayload;
import cn.zgc.residence.common.events.payload.ExaminationStarted;
import cn.zgc.residence.common.events.payload.FeeScheduleChanged;
import cn.zgc.residence.common.events.payload.HallNoticePublished;
import cn.zgc.residence.common.events.payload.InvoiceIssued;
import cn.zgc.residence.common.events.payload.InvoicePaid;
import cn.zgc.residence.common.events.payload.LetterRevoked;
import cn.zgc.residence.common.events.payload.PaymentConfirmed;
import cn.zgc.residence.common.events.payload.PaymentRejected;
import cn.zgc.residence.common.events.payload.RecommendationIssued;
import cn.zgc.residence.common.events.payload.WebhookEndpointDisabled;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every event the system publishes: its CloudEvents {@code type}, its topic, the publishing service (the
 * CloudEvents {@code source}) and its one payload definition.
 */
public enum EventType {
    ASSESSMENT_COMPLETED("eligibility", "AssessmentCompleted", Topics.ELIGIBILITY_ASSESSMENTS, AssessmentCompleted.class),
    RECOMMENDATION_ISSUED("eligibility", "RecommendationIssued", Topics.ELIGIBILITY_RECOMMENDATIONS, RecommendationIssued.class),
    LETTER_REVOKED("eligibility", "LetterRevoked", Topics.ELIGIBILITY_RECOMMENDATIONS, LetterRevoked.class),
    DOSSIER_OPENED("documents", "DossierOpened", Topics.DOCUMENTS_DOSSIERS, DossierOpened.class),
    DOCUMENT_REVIEWED("documents", "DocumentReviewed", Topics.DOCUMENTS_DOSSIERS, DocumentReviewed.class),
    DOSSIER_COMPLETED("documents", "DossierCompleted", Topics.DOCUMENTS_DOSSIERS, DossierCompleted.class),
    DOSSIER_READY("documents", "DossierReady", Topics.DOCUMENTS_DOSSIERS, DossierReady.class),
    DOSSIER_REOPENED("documents", "DossierReopened", Topics.DOCUMENTS_DOSSIERS, DossierReopened.class),
    DOSSIER_SUBMITTED("documents", "DossierSubmitted", Topics.DOCUMENTS_DOSSIERS, DossierSubmitted.class),
    DOSSIER_RETURNED("documents", "DossierReturned", Topics.DOCUMENTS_DOSSIERS, DossierReturned.class),
    DOSSIER_ACCEPTED("documents", "DossierAccepted", Topics.DOCUMENTS_DOSSIERS, DossierAccepted.class),
    EXAMINATION_STARTED("documents", "ExaminationStarted", Topics.DOCUMENTS_DOSSIERS, ExaminationStarted.class),
    DOSSIER_DECIDED("documents", "DossierDecided", Topics.DOCUMENTS_DOSSIERS, DossierDecided.class),
    CARD_PRODUCED("documents", "CardProduced", Topics.DOCUMENTS_DOSSIERS, CardProduced.class),
    CARD_COLLECTED("documents", "CardCollected", Topics.DOCUMENTS_DOSSIERS, CardCollected.class),
    DOSSIER_WITHDRAWN("documents", "DossierWithdrawn", Topics.DOCUMENTS_DOSSIERS, DossierWithdrawn.class),
    INVOICE_ISSUED("fees", "InvoiceIssued", Topics.FEES_INVOICES, InvoiceIssued.class),
    INVOICE_PAID("fees", "InvoicePaid", Topics.FEES_INVOICES, InvoicePaid.class),
    PAYMENT_CONFIRMED("fees", "PaymentConfirmed", Topics.FEES_INVOICES, PaymentConfirmed.class),
    PAYMENT_REJECTED("fees", "PaymentRejected", Topics.FEES_INVOICES, PaymentRejected.class),
    FEE_SCHEDULE_CHANGED("fees", "FeeScheduleChanged", Topics.FEES_SCHEDULES, FeeScheduleChanged.class),
    HALL_NOTICE_PUBLISHED("offices", "HallNoticePublished", Topics.OFFICES_NOTICES, HallNoticePublished.class),
    APPOINTMENT_BOOKED("offices", "AppointmentBooked", Topics.OFFICES_APPOINTMENTS, AppointmentBooked.class),
    APPOINTMENT_CANCELLED("offices", "AppointmentCancelled", Topics.OFFICES_APPOINTMENTS, AppointmentCancelled.class),
    APPOINTMENT_RESCHEDULED("offices", "AppointmentRescheduled", Topics.OFFICES_APPOINTMENTS, AppointmentRescheduled.class),
    WEBHOOK_ENDPOINT_DISABLED("notifications", "WebhookEndpointDisabled", Topics.NOTIFICATIONS_SUBSCRIPTIONS,
            WebhookEndpointDisabled.class);

    private final String service;
    private final String eventName;
    private final String topic;
    private final Class<? extends EventPayload> payloadType;

    EventType(String service, String eventName, String topic, Class<? extends EventPayload> payloadType) {
        this.service = service;
        this.eventName = eventName;
        this.topic = topic;
        this.payloadType = payloadType;
    }

    /** The CloudEvents type, for example {@code cn.zgc.eligibility.AssessmentCompleted.v1}. */
    public String ceType() {
        return "cn.zgc." + service + "." + eventName + ".v1";
    }

    /** The CloudEvents source: the publishing service. */
    public String source() {
        return "/zgc/" + service + "-service";
    }

    public String eventName() {
        return eventName;
    }

    public String topic() {
        return topic;
    }

    public Class<? extends EventPayload> payloadType() {
        return payloadType;
    }

    public static Optional<EventType> fromCeType(String ceType) {
        return Arrays.stream(values()).filter(t -> t.ceType().equals(ceType)).findFirst();
    }

    public static EventType of(EventPayload payload) {
        return Arrays.stream(values()).filter(t -> t.payloadType == payload.getClass()).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + payload.getClass()));
    }
}
