package cn.zgc.residence.documents.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A page of a dossier's history, oldest first: every transition and every officer's item review. */
public record HistoryPage(UUID dossierId, List<Entry> entries, int page, int size, long total) {

    /**
     * {@code kind} TRANSITION (fromState -> toState by action) or ITEM_REVIEW (itemCode, verdict); actor role PARTNER,
     * IMMIGRATION or SYSTEM, with the partner id, the officer's token subject or the service.
     */
    public record Entry(long seq, String kind, String action, String fromState, String toState, String itemCode,
            String verdict, String actorRole, String actorId, OffsetDateTime at, String reasonEn, String reasonZh) {
    }
}
