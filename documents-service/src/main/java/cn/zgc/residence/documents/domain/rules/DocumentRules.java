package cn.zgc.residence.documents.domain.rules;

import java.util.Map;
import java.util.Optional;

/** Which rules check which catalogue code. A catalogue code without rules cannot be submitted. */
public final class DocumentRules {

    private static final Map<String, DocumentRule<?>> BY_CODE = Map.ofEntries(
            Map.entry("PHOTOS", new PhotoRules()),
            Map.entry("PASSPORT", new PassportRules()),
            Map.entry("RESIDENCE_PERMITS", new ResidencePermitRules()),
            Map.entry("NO_CRIMINAL_RECORD", new NoCriminalRecordRules()),
            Map.entry("MEDICAL_CERTIFICATE", new MedicalCertificateRules()),
            Map.entry("EMPLOYMENT_CERTIFICATE", new EmploymentCertificateRules()),
            Map.entry("TAX_CERTIFICATES", new TaxPaymentRules()),
            Map.entry("PUBLIC_INSTITUTION_CERTIFICATE", new PublicInstitutionCertificateRules()),
            Map.entry("UNIVERSITY_APPROVAL", new UniversityApprovalRules()),
            Map.entry("WORK_PERMIT", new WorkPermitRules()),
            Map.entry("FORMER_CITIZENSHIP_PROOF", new FormerCitizenshipRules.Proof()),
            Map.entry("NATURALIZATION_CHINESE_PASSPORT", new FormerCitizenshipRules.ChinesePassport()),
            Map.entry("RESUME", new ResumeRules()));

    private DocumentRules() {
    }

    public static Optional<DocumentRule<?>> forCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
