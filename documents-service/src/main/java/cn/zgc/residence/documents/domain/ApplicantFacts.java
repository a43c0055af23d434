package cn.zgc.residence.documents.domain;

import java.util.List;
import java.util.Locale;

/**
 * What the checklist depends on. {@code keyUniversity}: the institution of higher learning is in the 211 Project or
 * Beijing's first batch of undergraduate admission. {@code documentLanguages}: ISO 639-1 codes; empty when unknown.
 */
public record ApplicantFacts(Track track, EmployerKind employerKind, boolean keyUniversity,
        boolean formerChineseCitizen, boolean wantsChineseNameOnCard, boolean holdsChineseHouseholdRegistration,
        String nationality, List<String> documentLanguages) {

    public ApplicantFacts {
        documentLanguages = documentLanguages == null ? List.of()
                : documentLanguages.stream().map(l -> l.toLowerCase(Locale.ROOT)).toList();
    }

    /**
     * The facts assumed for a dossier opened from a recommendation letter, before the partner tells more: an
     * enterprise employee, never a Chinese citizen, no household registration, so the track's base list.
     */
    public static ApplicantFacts baseFor(Track track) {
        return new ApplicantFacts(track, EmployerKind.ENTERPRISE, false, false, false, false, null, List.of());
    }

    public boolean hasForeignLanguageDocuments() {
        return documentLanguages.isEmpty() || documentLanguages.stream().anyMatch(l -> !l.equals("zh"));
    }
}
