package cn.zgc.residence.documents.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A Point for Attention as of its effective dates. */
@Entity
@Table(name = "attention_point")
@IdClass(DatedKey.class)
public class AttentionPointEntity {

    @Id
    public String code;

    @Id
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "text_en")
    public String textEn;

    @Column(name = "text_zh")
    public String textZh;

    @Column(name = "applies_when")
    public String appliesWhen;

    public boolean blocking;
}
