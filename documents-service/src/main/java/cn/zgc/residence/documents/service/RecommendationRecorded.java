package cn.zgc.residence.documents.service;

import java.util.UUID;

/** Fired in the consumer's transaction when a letter is recorded as pending; observed once that transaction commits. */
public record RecommendationRecorded(UUID eventId) {
}
