package cn.zgc.residence.documents.domain.rules;

import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.Reason;
import java.time.LocalDate;
import java.util.List;

/**
 * Certificate of no criminal record in foreign countries: issued abroad by definition, so it must be certified by
 * the Chinese embassy or consulate (checked with the presentation).
 */
public final class NoCriminalRecordRules implements DocumentRule<NoCriminalRecordRules.Metadata> {

    public record Metadata(String issuingCountry, LocalDate issuedOn, Presentation presentation)
            implements DocumentMetadata {
    }

    @Override
    public Class<Metadata> metadataType() {
        return Metadata.class;
    }

    @Override
    public List<FieldError> invalid(Metadata m, LocalDate latest) {
        return new Fields().required("issuingCountry", m.issuingCountry()).required("issuedOn", m.issuedOn())
                .notAfter("issuedOn", m.issuedOn(), latest).errors();
    }

    @Override
    public List<Reason> review(Metadata m, ReviewContext context) {
        return List.of();
    }

    @Override
    public boolean issuedAbroad(Metadata metadata) {
        return true;
    }
}
