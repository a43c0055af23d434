package cn.zgc.residence.documents.domain.rules;

import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Passport: a photocopy of a foreign passport valid on the acceptance date. */
public final class PassportRules implements DocumentRule<PassportRules.Metadata> {

    public record Metadata(LocalDate validFrom, LocalDate validUntil, Presentation presentation)
            implements DocumentMetadata {
    }

    @Override
    public Class<Metadata> metadataType() {
        return Metadata.class;
    }

    @Override
    public List<FieldError> invalid(Metadata m, LocalDate latest) {
        return new Fields().required("validFrom", m.validFrom()).required("validUntil", m.validUntil())
                .notAfter("validFrom", m.validFrom(), latest).ordered("validUntil", m.validFrom(), m.validUntil())
                .errors();
    }

    @Override
    public List<Reason> review(Metadata m, ReviewContext context) {
        List<Reason> reasons = new ArrayList<>();
        if (m.validUntil().isBefore(context.asOf())) {
            reasons.add(new Reason("PASSPORT_EXPIRED", "The passport expired on " + m.validUntil() + ", before "
                    + context.asOf(), "护照已于" + m.validUntil() + "过期"));
        }
        return reasons;
    }
}
