package cn.zgc.residence.common.events;

/** The Kafka topics, one per aggregate kind. Each has a dead-letter topic named {@code <topic>.dlq}. */
public final class Topics {

    public static final String ELIGIBILITY_ASSESSMENTS = "eligibility.assessments";
    public static final String ELIGIBILITY_RECOMMENDATIONS = "eligibility.recommendations";
    public static final String DOCUMENTS_DOSSIERS = "documents.dossiers";
    public static final String FEES_INVOICES = "fees.invoices";
    public static final String FEES_SCHEDULES = "fees.schedules";
    public static final String OFFICES_NOTICES = "offices.notices";
    public static final String OFFICES_APPOINTMENTS = "offices.appointments";
    public static final String NOTIFICATIONS_SUBSCRIPTIONS = "notifications.subscriptions";

    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }
}
