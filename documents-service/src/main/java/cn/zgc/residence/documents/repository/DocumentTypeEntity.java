package cn.zgc.residence.documents.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A catalogue row: one material as of its effective dates. */
@Entity
@Table(name = "document_type")
@IdClass(DatedKey.class)
public class DocumentTypeEntity {

    @Id
    public String code;

    @Id
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "sort_order")
    public int sortOrder;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "requirement_en")
    public String requirementEn;

    @Column(name = "requirement_zh")
    public String requirementZh;

    @Column(name = "applies_when")
    public String appliesWhen;

    public boolean photocopy;
}
