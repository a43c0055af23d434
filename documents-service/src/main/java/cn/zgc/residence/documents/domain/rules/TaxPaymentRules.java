package cn.zgc.residence.documents.domain.rules;

import static cn.zgc.residence.documents.domain.rules.Presentation.yes;

import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.Reason;
import cn.zgc.residence.documents.domain.rules.Periods.MonthRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Individual tax payment certificates from the tax authority covering the TAX_YEARS consecutive years before the
 * application date: every month from TAX_YEARS * 12 months before the acceptance month up to the month before it.
 */
public final class TaxPaymentRules implements DocumentRule<TaxPaymentRules.Metadata> {

    public record Metadata(Boolean issuedByTaxAuthority, List<MonthRange> periods, Presentation presentation)
            implements DocumentMetadata {
    }

    @Override
    public Class<Metadata> metadataType() {
        return Metadata.class;
    }

    @Override
    public List<FieldError> invalid(Metadata m, LocalDate latest) {
        Fields fields = new Fields().notEmpty("periods", m.periods());
        if (m.periods() != null) {
            for (int i = 0; i < m.periods().size(); i++) {
                MonthRange p = m.periods().get(i);
                String at = "periods[" + i + "].";
                fields.required(at + "from", p.from()).required(at + "to", p.to())
                        .notAfter(at + "to", p.to(), latest).ordered(at + "to", p.from(), p.to());
            }
        }
        return fields.errors();
    }

    @Override
    public List<Reason> review(Metadata m, ReviewContext context) {
        int years = context.parameters().get("TAX_YEARS");
        YearMonth last = YearMonth.from(context.asOf()).minusMonths(1);
        YearMonth first = last.minusMonths(years * 12L - 1);
        List<Reason> reasons = new ArrayList<>();
        if (!yes(m.issuedByTaxAuthority())) {
            reasons.add(new Reason("TAX_NOT_FROM_TAX_AUTHORITY", "Not issued by the tax authority", "不是税务机关出具"));
        }
        for (MonthRange gap : Periods.monthGaps(m.periods(), first, last)) {
            reasons.add(new Reason("TAX_PERIOD_GAP", "No tax payment certified for " + gap + " (required: "
                    + first + " to " + last + ")", gap + "无纳税证明（须覆盖" + first + "至" + last + "）"));
        }
        return reasons;
    }
}
