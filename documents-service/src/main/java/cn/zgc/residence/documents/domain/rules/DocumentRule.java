package cn.zgc.residence.documents.domain.rules;

import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.Reason;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules of one kind of document. {@link #invalid} finds input that cannot be true (a missing field, a date
 * after {@code latest}, an end before its start): the request is refused. {@link #review} finds what makes a
 * plausible document unacceptable: the document is rejected with these reasons.
 */
public interface DocumentRule<M extends DocumentMetadata> {

    Class<M> metadataType();

    List<FieldError> invalid(M metadata, LocalDate latest);

    List<Reason> review(M metadata, ReviewContext context);

    /** Whether the document is necessarily issued abroad, whatever the partner says. */
    default boolean issuedAbroad(M metadata) {
        return false;
    }
}
