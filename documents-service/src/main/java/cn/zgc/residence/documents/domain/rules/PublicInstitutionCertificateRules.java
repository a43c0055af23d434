package cn.zgc.residence.documents.domain.rules;

import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The employer's Legal Person Certificate for a Public Institution, valid on the acceptance date. */
public final class PublicInstitutionCertificateRules
        implements DocumentRule<PublicInstitutionCertificateRules.Metadata> {

    public record Metadata(String institution, LocalDate validFrom, LocalDate validUntil, Presentation presentation)
            implements DocumentMetadata {
    }

    @Override
    public Class<Metadata> metadataType() {
        return Metadata.class;
    }

    @Override
    public List<FieldError> invalid(Metadata m, LocalDate latest) {
        return new Fields().required("institution", m.institution()).required("validFrom", m.validFrom())
                .required("validUntil", m.validUntil()).notAfter("validFrom", m.validFrom(), latest)
                .ordered("validUntil", m.validFrom(), m.validUntil()).errors();
    }

    @Override
    public List<Reason> review(Metadata m, ReviewContext context) {
        List<Reason> reasons = new ArrayList<>();
        if (m.validUntil().isBefore(context.asOf())) {
            reasons.add(new Reason("CERTIFICATE_EXPIRED", "Expired on " + m.validUntil(), "已于" + m.validUntil() + "过期"));
        }
        return reasons;
    }
}
