package cn.zgc.residence.documents.domain.rules;

import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.Reason;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Employment certificate: the employer certifies a post of associate professor, associate researcher or above, or
 * a position of equal treatment, held for at least EMPLOYMENT_YEARS years on the acceptance date.
 */
public final class EmploymentCertificateRules implements DocumentRule<EmploymentCertificateRules.Metadata> {

    public enum Rank {
        PROFESSOR, ASSOCIATE_PROFESSOR, RESEARCHER, ASSOCIATE_RESEARCHER, EQUAL_TREATMENT_POSITION, OTHER
    }

    public record Metadata(String employer, String position, Rank rank, LocalDate heldSince, LocalDate issuedOn,
            Holder holder, Presentation presentation) implements DocumentMetadata {
        @Override
        public Metadata forStorage() {
            return new Metadata(employer, position, rank, heldSince, issuedOn,
                    holder == null ? null : holder.digested(), presentation);
        }
    }

    @Override
    public Class<Metadata> metadataType() {
        return Metadata.class;
    }

    @Override
    public List<FieldError> invalid(Metadata m, LocalDate latest) {
        return new Fields().required("employer", m.employer()).required("position", m.position())
                .required("rank", m.rank()).required("heldSince", m.heldSince()).required("issuedOn", m.issuedOn())
                .required("holder.name", m.holder() == null ? null : m.holder().name())
                .required("holder.passportNumber", m.holder() == null ? null : m.holder().passportNumber())
                .notAfter("heldSince", m.heldSince(), latest).notAfter("issuedOn", m.issuedOn(), latest)
                .errors();
    }

    @Override
    public List<Reason> review(Metadata m, ReviewContext context) {
        int years = context.parameters().get("EMPLOYMENT_YEARS");
        List<Reason> reasons = new ArrayList<>();
        if (m.rank() == Rank.OTHER) {
            reasons.add(new Reason("POST_NOT_QUALIFYING",
                    "The post is not associate professor, associate researcher or above, nor of equal treatment",
                    "职务不是副教授、副研究员以上，也不享受同等待遇"));
        }
        LocalDate latestStart = context.asOf().minusYears(years);
        if (m.heldSince().isAfter(latestStart)) {
            reasons.add(new Reason("POST_HELD_TOO_SHORT", "Held since " + m.heldSince() + ": less than " + years
                    + " years on " + context.asOf() + " (needs " + latestStart + " or earlier)",
                    "自" + m.heldSince() + "起任职，至" + context.asOf() + "不满" + years + "年"));
        }
        return reasons;
    }
}
