package cn.zgc.residence.documents.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One checklist item of a dossier. {@code appliesWhy} and {@code reasons} are JSON; {@code metadata} is the
 * submitted document's metadata as JSON, personal details as digests.
 */
@Entity
@Table(name = "dossier_item")
@IdClass(DossierItemKey.class)
public class DossierItemEntity {

    @Id
    @Column(name = "dossier_id")
    public UUID dossierId;

    @Id
    public String code;

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "applies_why")
    public String appliesWhy;

    public String status;

    public String reasons;

    public String metadata;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;
}
