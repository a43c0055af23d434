package cn.zgc.residence.documents.domain.rules;

import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Medical examination certificate: from the health and quarantine department designated by the Chinese government
 * (in Beijing the General Administration of Customs (Beijing) International Travel Health Care Center) or from a
 * foreign medical institution (then issued abroad: certified by the Chinese embassy or consulate), issued within
 * MEDICAL_MAX_AGE_MONTHS months before the acceptance date. Exactly that many months before is still within.
 */
public final class MedicalCertificateRules implements DocumentRule<MedicalCertificateRules.Metadata> {

    public enum Issuer { DESIGNATED_HEALTH_QUARANTINE_DEPARTMENT, FOREIGN_MEDICAL_INSTITUTION }

    public record Metadata(Issuer issuer, LocalDate issuedOn, Presentation presentation) implements DocumentMetadata {
    }

    @Override
    public Class<Metadata> metadataType() {
        return Metadata.class;
    }

    @Override
    public List<FieldError> invalid(Metadata m, LocalDate latest) {
        return new Fields().required("issuer", m.issuer()).required("issuedOn", m.issuedOn())
                .notAfter("issuedOn", m.issuedOn(), latest).errors();
    }

    @Override
    public List<Reason> review(Metadata m, ReviewContext context) {
        int months = context.parameters().get("MEDICAL_MAX_AGE_MONTHS");
        LocalDate oldest = context.asOf().minusMonths(months);
        List<Reason> reasons = new ArrayList<>();
        if (m.issuedOn().isBefore(oldest)) {
            reasons.add(new Reason("MEDICAL_CERTIFICATE_TOO_OLD", "Issued on " + m.issuedOn() + ", more than "
                    + months + " months before the acceptance date " + context.asOf() + " (earliest " + oldest + ")",
                    "出具于" + m.issuedOn() + "，早于受理日期" + context.asOf() + "前" + months + "个月（最早" + oldest + "）"));
        }
        return reasons;
    }

    @Override
    public boolean issuedAbroad(Metadata m) {
        return m.issuer() == Issuer.FOREIGN_MEDICAL_INSTITUTION;
    }
}
