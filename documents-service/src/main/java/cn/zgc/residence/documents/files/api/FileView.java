package cn.zgc.residence.documents.files.api;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One file of a dossier item: the type detected from its content, its size, SHA-256 (hex) and pages, who uploaded
 * it and when, and the verdict of each file check as of today. {@code damagedAt} is set when a read found the stored
 * bytes damaged (their digest or decryption failed): such a file proves nothing and is to be uploaded again.
 */
public record FileView(UUID id, UUID dossierId, String itemCode, String name, String mediaType, long sizeBytes,
        String sha256, int pageCount, OffsetDateTime uploadedAt, String uploadedBy, List<Check> checks,
        OffsetDateTime damagedAt) {

    /** A check on the file: the rule, whether it held, and the reason's code and text. */
    public record Check(String rule, boolean passed, String code, String text) {
    }
}
