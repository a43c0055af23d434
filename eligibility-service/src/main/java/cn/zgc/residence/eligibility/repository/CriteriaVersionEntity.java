package cn.zgc.residence.eligibility.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.hibernate.annotations.ColumnTransformer;

/** A published criteria version; its tracks (prerequisites, factors, bands) are one JSON document. */
@Entity
@Table(name = "criteria_version")
public class CriteriaVersionEntity {

    @Id
    public String id;

    @Column(name = "title_en", nullable = false)
    public String titleEn;

    @Column(name = "title_zh", nullable = false)
    public String titleZh;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(nullable = false)
    public int threshold;

    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String tracks;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;
}
