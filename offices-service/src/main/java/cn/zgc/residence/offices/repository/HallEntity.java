package cn.zgc.residence.offices.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A service hall as stored. */
@Entity
@Table(name = "hall")
public class HallEntity {

    @Id
    public String id;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "address_en", nullable = false)
    public String addressEn;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public String phone;

    @Column(name = "complaint_hotline", nullable = false)
    public String complaintHotline;
}
