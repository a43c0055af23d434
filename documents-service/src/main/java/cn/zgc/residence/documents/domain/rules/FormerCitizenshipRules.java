package cn.zgc.residence.documents.domain.rules;

import static cn.zgc.residence.documents.domain.rules.Presentation.yes;

import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.Reason;
import java.time.LocalDate;
import java.util.List;

/**
 * A former Chinese citizen's two extra items: the certificate of eligibility for foreign settlement, the
 * naturalization paper or the household certificate transcript; and the Chinese passport used for naturalization.
 */
public final class FormerCitizenshipRules {

    private FormerCitizenshipRules() {
    }

    public enum ProofKind { FOREIGN_SETTLEMENT_ELIGIBILITY_CERTIFICATE, NATURALIZATION_PAPER, HOUSEHOLD_CERTIFICATE_TRANSCRIPT }

    public record ProofMetadata(ProofKind kind, Presentation presentation) implements DocumentMetadata {
    }

    public record PassportMetadata(Boolean usedForNaturalization, Presentation presentation)
            implements DocumentMetadata {
    }

    /** The proof of former citizenship: one of the three papers. */
    public static final class Proof implements DocumentRule<ProofMetadata> {
        @Override
        public Class<ProofMetadata> metadataType() {
            return ProofMetadata.class;
        }

        @Override
        public List<FieldError> invalid(ProofMetadata m, LocalDate latest) {
            return new Fields().required("kind", m.kind()).errors();
        }

        @Override
        public List<Reason> review(ProofMetadata m, ReviewContext context) {
            return List.of();
        }
    }

    /** The Chinese passport: the one used for naturalization. */
    public static final class ChinesePassport implements DocumentRule<PassportMetadata> {
        @Override
        public Class<PassportMetadata> metadataType() {
            return PassportMetadata.class;
        }

        @Override
        public List<FieldError> invalid(PassportMetadata m, LocalDate latest) {
            return new Fields().required("usedForNaturalization", m.usedForNaturalization()).errors();
        }

        @Override
        public List<Reason> review(PassportMetadata m, ReviewContext context) {
            return yes(m.usedForNaturalization()) ? List.of()
                    : List.of(new Reason("NOT_THE_NATURALIZATION_PASSPORT",
                            "Not the Chinese passport used for naturalization", "不是加入外国国籍时使用的中国护照"));
        }
    }
}
