package cn.zgc.residence.documents.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One number of the document rules as of its effective dates ({@code code} is the parameter's name). */
@Entity
@Table(name = "rule_parameter")
@IdClass(DatedKey.class)
public class RuleParameterEntity {

    @Id
    @Column(name = "name")
    public String code;

    @Id
    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    public int value;

    public String unit;

    @Column(name = "document_code")
    public String documentCode;

    public String description;

    @Column(name = "description_zh")
    public String descriptionZh;
}
