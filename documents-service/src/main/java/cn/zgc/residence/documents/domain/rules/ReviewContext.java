package cn.zgc.residence.documents.domain.rules;

import cn.zgc.residence.documents.domain.DocumentType;
import cn.zgc.residence.documents.domain.RuleParameters;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What a rule may look at beyond the document itself: the date the rules are checked against (the acceptance
 * date), the rule parameters of that date, the catalogue entry, and the employment certificate for cross-checks.
 */
public record ReviewContext(LocalDate asOf, RuleParameters parameters, DocumentType type,
        Optional<EmploymentCertificateRules.Metadata> employmentCertificate) {
}
