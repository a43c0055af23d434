package cn.zgc.residence.documents.domain;

import cn.zgc.residence.documents.domain.rules.EmploymentCertificateRules;
import cn.zgc.residence.documents.domain.rules.Holder;
import cn.zgc.residence.documents.domain.rules.Presentation;
import cn.zgc.residence.documents.domain.rules.ReviewContext;
import cn.zgc.residence.documents.files.domain.FileEvidence;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Test data of the domain tests: one place for the catalogue entries and contexts they share. */
public final class Examples {

    public static final Presentation CHINESE_ORIGINAL = new Presentation(false, "zh", false, false, false, false);
    public static final Presentation GOOD_PHOTOCOPY = new Presentation(false, "zh", false, false, true, true);

    private Examples() {
    }

    public static DocumentType type(String code, boolean photocopy) {
        return new DocumentType(code, 10, code, code, "", "", AppliesWhen.ALWAYS, photocopy);
    }

    public static ReviewContext context(String code, LocalDate asOf) {
        return new ReviewContext(asOf, RuleParameters.baseline(), type(code, false), Optional.empty());
    }

    public static ReviewContext context(String code, LocalDate asOf,
            EmploymentCertificateRules.Metadata employmentCertificate) {
        return new ReviewContext(asOf, RuleParameters.baseline(), type(code, false), Optional.of(employmentCertificate));
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
