package cn.zgc.residence.documents.domain.rules;

import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.Reason;
import java.time.LocalDate;
import java.util.List;

/** The approval document: the institution is in the 211 Project or Beijing's first batch of undergraduate admission. */
public final class UniversityApprovalRules implements DocumentRule<UniversityApprovalRules.Metadata> {

    public enum Programme { PROJECT_211, BEIJING_FIRST_BATCH, OTHER }

    public record Metadata(String institution, Programme programme, Presentation presentation)
            implements DocumentMetadata {
    }

    @Override
    public Class<Metadata> metadataType() {
        return Metadata.class;
    }

    @Override
    public List<FieldError> invalid(Metadata m, LocalDate latest) {
        return new Fields().required("institution", m.institution()).required("programme", m.programme()).errors();
    }

    @Override
    public List<Reason> review(Metadata m, ReviewContext context) {
        return m.programme() == Programme.OTHER
                ? List.of(new Reason("NOT_A_QUALIFYING_PROGRAMME",
                        "The approval is neither for the 211 Project nor for Beijing's first batch",
                        "批准文件不属于211工程或北京市第一批本科招生院校"))
                : List.of();
    }
}
