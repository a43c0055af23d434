package cn.zgc.residence.documents.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One line of a dossier's history: a transition (kind TRANSITION), an officer's item review (ITEM_REVIEW) or a change
 * to an item's files (FILE: UPLOADED, REPLACED, REMOVED, DAMAGED, with the file's id and SHA-256 only).
 */
@Entity
@Table(name = "dossier_history")
public class DossierHistoryEntity {

    public static final String TRANSITION = "TRANSITION";
    public static final String ITEM_REVIEW = "ITEM_REVIEW";
    public static final String FILE = "FILE";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "dossier_id")
    public UUID dossierId;

    public String kind;

    public String action;

    @Column(name = "from_state")
    public String fromState;

    @Column(name = "to_state")
    public String toState;

    @Column(name = "item_code")
    public String itemCode;

    public String verdict;

    @Column(name = "actor_role")
    public String actorRole;

    @Column(name = "actor_id")
    public String actorId;

    public OffsetDateTime at;

    @Column(name = "reason_en")
    public String reasonEn;

    @Column(name = "reason_zh")
    public String reasonZh;

    @Column(name = "file_id")
    public UUID fileId;

    public String sha256;
}
