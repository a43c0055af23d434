package cn.zgc.residence.documents.domain.rules;

import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.Reason;
import cn.zgc.residence.documents.domain.rules.Periods.MonthRange;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Resume from the month the applicant turned RESUME_FROM_AGE until the acceptance month, with consecutive years and
 * months: every month without an entry is a gap, every month in two entries an overlap, each reported by month.
 * An entry without {@code to} runs until now. The partner gives the month the applicant turned 18 rather than a
 * birth date, which the service does not keep.
 */
public final class ResumeRules implements DocumentRule<ResumeRules.Metadata> {

    public record Entry(YearMonth from, YearMonth to, String activity) {
    }

    public record Metadata(YearMonth turned18In, List<Entry> entries, Presentation presentation)
            implements DocumentMetadata {
    }

    @Override
    public Class<Metadata> metadataType() {
        return Metadata.class;
    }

    @Override
    public List<FieldError> invalid(Metadata m, LocalDate latest) {
        Fields fields = new Fields().required("turned18In", m.turned18In()).notAfter("turned18In", m.turned18In(), latest)
                .notEmpty("entries", m.entries());
        if (m.entries() != null) {
            for (int i = 0; i < m.entries().size(); i++) {
                Entry e = m.entries().get(i);
                String at = "entries[" + i + "].";
                fields.required(at + "from", e.from()).required(at + "activity", e.activity())
                        .notAfter(at + "from", e.from(), latest).notAfter(at + "to", e.to(), latest)
                        .ordered(at + "to", e.from(), e.to());
            }
        }
        return fields.errors();
    }

    @Override
    public List<Reason> review(Metadata m, ReviewContext context) {
        YearMonth now = YearMonth.from(context.asOf());
        List<MonthRange> periods = m.entries().stream()
                .map(e -> new MonthRange(e.from(), e.to() == null ? now : e.to())).toList();
        List<Reason> reasons = new ArrayList<>();
        for (MonthRange gap : Periods.monthGaps(periods, m.turned18In(), now)) {
            reasons.add(new Reason("RESUME_GAP", "The resume has no entry for " + gap, "履历缺少" + gap + "的记录"));
        }
        for (MonthRange overlap : Periods.monthOverlaps(periods)) {
            reasons.add(new Reason("RESUME_OVERLAP", "Entries overlap in " + overlap, "履历在" + overlap + "重叠"));
        }
        return reasons;
    }
}
