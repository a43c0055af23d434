package cn.zgc.residence.documents.api;

import cn.zgc.residence.documents.domain.RulesBasis;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The rules' review of one submitted document: SATISFIED, or NOT_SATISFIED with every reason; {@code dossierState}
 * is where the dossier stands after it (READY once every item is satisfied), {@code version} its new ETag.
 */
public record DocumentReviewView(UUID dossierId, String code, String rulesVerdict, List<ReasonView> reasons,
        RulesBasis basis, OffsetDateTime reviewedAt, String dossierState, long version) {
}
