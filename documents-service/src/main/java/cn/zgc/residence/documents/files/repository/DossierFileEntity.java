package cn.zgc.residence.documents.files.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One uploaded file of a dossier item: its facts, measurements (JSON) and wrapped data key; the bytes are in the store. */
@Entity
@Table(name = "dossier_file")
public class DossierFileEntity {

    @Id
    public UUID id;

    @Column(name = "dossier_id")
    public UUID dossierId;

    @Column(name = "item_code")
    public String itemCode;

    public String name;

    @Column(name = "media_type")
    public String mediaType;

    @Column(name = "size_bytes")
    public long sizeBytes;

    public String sha256;

    @Column(name = "page_count")
    public int pageCount;

    public String measurements;

    public String storage;

    @Column(name = "object_key")
    public String objectKey;

    @Column(name = "key_id")
    public String keyId;

    @Column(name = "wrapped_key")
    public byte[] wrappedKey;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    /** When a read found the stored bytes damaged (digest or decryption failed); null while they are sound. */
    @Column(name = "damaged_at")
    public OffsetDateTime damagedAt;

    @Version
    public long version;
}
