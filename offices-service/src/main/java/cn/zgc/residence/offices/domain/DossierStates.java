package cn.zgc.residence.offices.domain;

import cn.zgc.residence.common.events.EventType;
import java.util.Optional;

/**
 * The lifecycle state that each event of documents.dossiers announces (documents-service's lifecycle, DESIGN.md):
 * what offices-service keeps of a dossier so that a booking need not ask documents-service. An event that leaves the
 * state as it was (a document reviewed, the checklist complete) announces none.
 */
public final class DossierStates {

    private DossierStates() {
    }

    /** The state after {@code type}; {@code outcome} is a decision's APPROVED or REFUSED. */
    public static Optional<String> announcedBy(EventType type, String outcome) {
        return Optional.ofNullable(switch (type) {
            case DOSSIER_OPENED, DOSSIER_REOPENED -> "OPEN";
            case DOSSIER_READY -> "READY";
            case DOSSIER_SUBMITTED -> "SUBMITTED";
            case DOSSIER_RETURNED -> "RETURNED";
            case DOSSIER_ACCEPTED -> "ACCEPTED";
            case EXAMINATION_STARTED -> "UNDER_EXAMINATION";
            case DOSSIER_DECIDED -> "APPROVED".equals(outcome) || "REFUSED".equals(outcome) ? outcome : null;
            case CARD_PRODUCED -> "CARD_PRODUCED";
            case CARD_COLLECTED -> "COLLECTED";
            case DOSSIER_WITHDRAWN -> "WITHDRAWN";
            default -> null;
        });
    }
}
