package cn.zgc.residence.fees.domain;

import java.util.Optional;

/**
 * The steps of a dossier's lifecycle at which fees fall due; which services each step charges is data (the
 * {@code charge_rule} table), this enum only names the steps and reads them from the dossier's events.
 */
public enum ChargeStep {
    /** The hall accepted the application (DossierAccepted). */
    ACCEPTED,
    /** The application was approved (DossierDecided with outcome APPROVED). */
    APPROVED;

    /** The step a decision reaches: APPROVED charges, REFUSED charges nothing; any other outcome is not known. */
    public static Optional<ChargeStep> ofDecision(String outcome) {
        if ("APPROVED".equals(outcome)) {
            return Optional.of(APPROVED);
        }
        if ("REFUSED".equals(outcome)) {
            return Optional.empty();
        }
        throw new IllegalArgumentException("unknown decision outcome " + outcome);
    }
}
