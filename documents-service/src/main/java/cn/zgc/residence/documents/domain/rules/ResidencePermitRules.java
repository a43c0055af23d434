package cn.zgc.residence.documents.domain.rules;

import static cn.zgc.residence.documents.domain.rules.Presentation.yes;

import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.Reason;
import cn.zgc.residence.documents.domain.rules.Periods.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Residence permits: employment residence permits issued in Beijing whose validity covers, without a gap, the
 * RESIDENCE_PERMIT_YEARS years up to the acceptance date.
 */
public final class ResidencePermitRules implements DocumentRule<ResidencePermitRules.Metadata> {

    public enum Purpose { EMPLOYMENT, STUDY, FAMILY_REUNION, PRIVATE_BUSINESS, OTHER }

    public record Permit(Purpose purpose, Boolean issuedInBeijing, LocalDate validFrom, LocalDate validTo) {
    }

    public record Metadata(List<Permit> permits, Presentation presentation) implements DocumentMetadata {
    }

    @Override
    public Class<Metadata> metadataType() {
        return Metadata.class;
    }

    @Override
    public List<FieldError> invalid(Metadata m, LocalDate latest) {
        Fields fields = new Fields().notEmpty("permits", m.permits());
        if (m.permits() != null) {
            for (int i = 0; i < m.permits().size(); i++) {
                Permit p = m.permits().get(i);
                String at = "permits[" + i + "].";
                fields.required(at + "purpose", p.purpose()).required(at + "validFrom", p.validFrom())
                        .required(at + "validTo", p.validTo()).notAfter(at + "validFrom", p.validFrom(), latest)
                        .ordered(at + "validTo", p.validFrom(), p.validTo());
            }
        }
        return fields.errors();
    }

    @Override
    public List<Reason> review(Metadata m, ReviewContext context) {
        int years = context.parameters().get("RESIDENCE_PERMIT_YEARS");
        List<Reason> reasons = new ArrayList<>();
        List<DateRange> qualifying = new ArrayList<>();
        for (int i = 0; i < m.permits().size(); i++) {
            Permit p = m.permits().get(i);
            if (p.purpose() != Purpose.EMPLOYMENT) {
                reasons.add(new Reason("PERMIT_NOT_FOR_EMPLOYMENT", "Permit " + (i + 1) + " is for " + p.purpose()
                        + ", not employment", "第" + (i + 1) + "份居留许可不是工作类"));
            } else if (!yes(p.issuedInBeijing())) {
                reasons.add(new Reason("PERMIT_NOT_ISSUED_IN_BEIJING", "Permit " + (i + 1) + " was not issued in Beijing",
                        "第" + (i + 1) + "份居留许可不是在北京申办"));
            } else {
                qualifying.add(new DateRange(p.validFrom(), p.validTo()));
            }
        }
        for (DateRange gap : Periods.dayGaps(qualifying, context.asOf().minusYears(years), context.asOf())) {
            reasons.add(new Reason("RESIDENCE_PERMIT_GAP", "No Beijing employment residence permit from " + gap
                    + " (the past " + years + " years must be covered)",
                    gap + "期间无在京工作类居留许可（须覆盖近" + years + "年）"));
        }
        return reasons;
    }
}
