package cn.zgc.residence.documents.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The review of one submitted document: ACCEPTED, or REJECTED with every reason. */
public record DocumentReviewView(UUID dossierId, String code, String status, List<ReasonView> reasons,
        OffsetDateTime reviewedAt) {
}
