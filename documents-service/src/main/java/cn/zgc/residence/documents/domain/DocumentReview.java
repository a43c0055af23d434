package cn.zgc.residence.documents.domain;

import cn.zgc.residence.documents.domain.rules.DocumentMetadata;
import cn.zgc.residence.documents.domain.rules.DocumentRule;
import cn.zgc.residence.documents.domain.rules.PresentationRules;
import cn.zgc.residence.documents.domain.rules.ReviewContext;
import java.util.ArrayList;
import java.util.List;

/** Reviews one document: its own rules, then the Points for Attention on how it is presented. */
public final class DocumentReview {

    private DocumentReview() {
    }

    public record Outcome(RulesVerdict verdict, List<Reason> reasons) {
    }

    @SuppressWarnings("unchecked")
    public static Outcome review(DocumentRule<?> rule, DocumentMetadata metadata, ReviewContext context) {
        DocumentRule<DocumentMetadata> typed = (DocumentRule<DocumentMetadata>) rule;
        List<Reason> reasons = new ArrayList<>(typed.review(metadata, context));
        reasons.addAll(PresentationRules.review(metadata.presentation(), context.type().photocopy(),
                typed.issuedAbroad(metadata)));
        return new Outcome(reasons.isEmpty() ? RulesVerdict.SATISFIED : RulesVerdict.NOT_SATISFIED, List.copyOf(reasons));
    }
}
