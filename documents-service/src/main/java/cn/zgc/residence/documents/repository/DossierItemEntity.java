package cn.zgc.residence.documents.repository;

import cn.zgc.residence.documents.domain.OfficerVerdict;
import cn.zgc.residence.documents.domain.RulesVerdict;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One checklist item of a dossier. {@code appliesWhy} and {@code rulesReasons} are JSON; {@code metadata} is the
 * submitted document's metadata as JSON, personal details as digests. The rules' verdict and the officer's are
 * separate: the rules answer at once, an officer after seeing the document.
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

    @Enumerated(EnumType.STRING)
    @Column(name = "rules_verdict")
    public RulesVerdict rulesVerdict;

    /** The rules' reasons as JSON. */
    @Column(name = "rules_reasons")
    public String rulesReasons;

    @Enumerated(EnumType.STRING)
    @Column(name = "officer_verdict")
    public OfficerVerdict officerVerdict = OfficerVerdict.PENDING;

    @Column(name = "officer_reason_en")
    public String officerReasonEn;

    @Column(name = "officer_reason_zh")
    public String officerReasonZh;

    /** The officer saw the original of this photocopy. */
    @Column(name = "original_seen")
    public boolean originalSeen;

    @Column(name = "officer_id")
    public String officerId;

    @Column(name = "officer_reviewed_at")
    public OffsetDateTime officerReviewedAt;

    public String metadata;

    /** What the rules' verdict rests on as JSON (files, pages, what they prove, what stays declared); null before. */
    @Column(name = "rules_basis")
    public String rulesBasis;

    @Column(name = "reviewed_at")
    public OffsetDateTime reviewedAt;
}
