package cn.zgc.residence.offices.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An application category as stored. */
@Entity
@Table(name = "application_category")
public class CategoryEntity {

    @Id
    public String code;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
