package cn.zgc.residence.documents.domain;

import cn.zgc.residence.documents.domain.rules.EmploymentCertificateRules;
import cn.zgc.residence.documents.domain.rules.Holder;
import cn.zgc.residence.documents.domain.rules.Presentation;
import cn.zgc.residence.documents.domain.rules.ReviewContext;
import cn.zgc.residence.documents.files.domain.FileEvidence;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Test data of the domain tests: one place for the catalogue entries and contexts they share. */
public final class Examples {

    public static final Presentation CHINESE_ORIGINAL = new Presentation(false, "zh", false, false, false, false);
    public static final Presentation GOOD_PHOTOCOPY = new Presentation(false, "zh", false, false, true, true);
    /** The numbers of the document rules as the catalogue's first rule_parameter rows set them (V1 migration). */
    public static final RuleParameters PARAMETERS = new RuleParameters(Map.of("PRINTED_PHOTOS", 2,
            "DIGITAL_PHOTOS", 1, "PHOTO_MAX_AGE_MONTHS", 6, "RESIDENCE_PERMIT_YEARS", 4, "MEDICAL_MAX_AGE_MONTHS", 6,
            "EMPLOYMENT_YEARS", 4, "TAX_YEARS", 4, "WORK_PERMIT_YEARS", 4, "RESUME_FROM_AGE", 18));

    private Examples() {
    }

    /** {@link #PARAMETERS} with one number changed, as a later rule_parameter row would change it. */
    public static RuleParameters parameters(String name, int value) {
        Map<String, Integer> values = new HashMap<>(PARAMETERS.values());
        values.put(name, value);
        return new RuleParameters(Map.copyOf(values));
    }

    public static DocumentType type(String code, boolean photocopy) {
        return new DocumentType(code, 10, code, code, "", "", AppliesWhen.ALWAYS, photocopy);
    }

    public static ReviewContext context(String code, LocalDate asOf) {
        return new ReviewContext(asOf, PARAMETERS, type(code, false), Optional.empty());
    }

    public static ReviewContext context(String code, LocalDate asOf,
            EmploymentCertificateRules.Metadata employmentCertificate) {
        return new ReviewContext(asOf, PARAMETERS, type(code, false), Optional.of(employmentCertificate));
    }

    /** What one uploaded A4 PDF page proves for an item: one file, one page, A4, nothing against it. */
    public static FileEvidence a4File(String code) {
        return new FileEvidence(UUID.randomUUID(), code, LocalDate.of(2026, 3, 10), 1, 1, List.of(), true, false);
    }

    public static EmploymentCertificateRules.Metadata employment(String employer, String position, String name,
            String passport) {
        return new EmploymentCertificateRules.Metadata(employer, position,
                EmploymentCertificateRules.Rank.ASSOCIATE_PROFESSOR, LocalDate.of(2018, 1, 1),
                LocalDate.of(2026, 1, 5), new Holder(name, passport), CHINESE_ORIGINAL);
    }
}
