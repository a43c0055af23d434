package cn.zgc.residence.documents.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A page of a dossier's history, oldest first: every transition, officer's item review and change to a file. */
public record HistoryPage(UUID dossierId, List<Entry> entries, int page, int size, long total) {

    /**
     * {@code kind} TRANSITION (fromState -> toState by action), ITEM_REVIEW (itemCode, verdict) or FILE (action
     * UPLOADED, REPLACED, REMOVED or DAMAGED; itemCode, fileId and the file's sha256, never its name or content); actor
     * role PARTNER, IMMIGRATION or SYSTEM, with the partner id, the officer's token subject or the service.
     */
    public record Entry(long seq, String kind, String action, String fromState, String toState, String itemCode,
            String verdict, String actorRole, String actorId, OffsetDateTime at, String reasonEn, String reasonZh,
            UUID fileId, String sha256) {
    }
}
