package cn.zgc.residence.documents.domain.rules;

import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.Reason;
import cn.zgc.residence.documents.domain.rules.Periods.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Foreigner's Work Permit, Alien Employment Permit or Foreign Expert Certificate: valid without a gap for the
 * WORK_PERMIT_YEARS consecutive years up to the acceptance date, and its employer, position and personal details
 * (name, passport number) the same as on the employment certificate; each field that differs is reported.
 */
public final class WorkPermitRules implements DocumentRule<WorkPermitRules.Metadata> {

    public enum Kind { FOREIGNERS_WORK_PERMIT, ALIEN_EMPLOYMENT_PERMIT, FOREIGN_EXPERT_CERTIFICATE }

    public record Metadata(Kind kind, String employer, String position, Holder holder, List<DateRange> validity,
            Presentation presentation) implements DocumentMetadata {
        @Override
        public Metadata forStorage() {
            return new Metadata(kind, employer, position, holder == null ? null : holder.digested(), validity,
                    presentation);
        }
    }

    @Override
    public Class<Metadata> metadataType() {
        return Metadata.class;
    }

    @Override
    public List<FieldError> invalid(Metadata m, LocalDate latest) {
        Fields fields = new Fields().required("kind", m.kind()).required("employer", m.employer())
                .required("position", m.position())
                .required("holder.name", m.holder() == null ? null : m.holder().name())
                .required("holder.passportNumber", m.holder() == null ? null : m.holder().passportNumber())
                .notEmpty("validity", m.validity());
        if (m.validity() != null) {
            for (int i = 0; i < m.validity().size(); i++) {
                DateRange p = m.validity().get(i);
                String at = "validity[" + i + "].";
                fields.required(at + "from", p.from()).required(at + "to", p.to())
                        .notAfter(at + "from", p.from(), latest).ordered(at + "to", p.from(), p.to());
            }
        }
        return fields.errors();
    }

    @Override
    public List<Reason> review(Metadata m, ReviewContext context) {
        int years = context.parameters().get("WORK_PERMIT_YEARS");
        List<Reason> reasons = new ArrayList<>();
        for (DateRange gap : Periods.dayGaps(m.validity(), context.asOf().minusYears(years), context.asOf())) {
            reasons.add(new Reason("WORK_PERMIT_GAP", "Not valid from " + gap + " (the " + years
                    + " consecutive years before application must be covered)",
                    gap + "期间工作许可无效（须覆盖申请前连续" + years + "年）"));
        }
        context.employmentCertificate().ifPresentOrElse(certificate -> {
            if (!sameText(m.employer(), certificate.employer())) {
                reasons.add(mismatch("employer", "employer", "工作单位"));
            }
            if (!sameText(m.position(), certificate.position())) {
                reasons.add(mismatch("position", "position", "职务"));
            }
            // both are stored documents: their holders are digests already, compared as they are
            Holder mine = m.holder();
            Holder theirs = certificate.holder();
            if (!Objects.equals(mine.name(), theirs.name())) {
                reasons.add(mismatch("holder.name", "name", "姓名"));
            }
            if (!Objects.equals(mine.passportNumber(), theirs.passportNumber())) {
                reasons.add(mismatch("holder.passportNumber", "passport number", "护照号码"));
            }
        }, () -> reasons.add(new Reason("EMPLOYMENT_CERTIFICATE_NEEDED",
                "Cannot be checked against the employment certificate, which is not submitted yet",
                "尚未提交任职证明，无法核对一致性")));
        return reasons;
    }

    private static Reason mismatch(String field, String en, String zh) {
        return new Reason("WORK_PERMIT_MISMATCH:" + field, "The " + en
                + " differs from the one on the employment certificate", zh + "与任职证明不一致");
    }

    private static boolean sameText(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String s) {
        return s == null ? "" : s.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
