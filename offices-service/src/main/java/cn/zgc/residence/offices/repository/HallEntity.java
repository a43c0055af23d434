package cn.zgc.residence.offices.repository;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/** A service hall as stored, with the application categories it takes. */
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

    @Column(name = "address_zh", nullable = false)
    public String addressZh;

    @Column(nullable = false)
    public String district;

    @Column(nullable = false)
    public String phone;

    @Column(name = "complaint_hotline", nullable = false)
    public String complaintHotline;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hall_acceptance", joinColumns = @JoinColumn(name = "hall_id"))
    public List<Acceptance> accepts = new ArrayList<>();

    /** One category the hall takes, and the condition the applicant must meet. */
    @Embeddable
    public static class Acceptance {

        @Column(nullable = false)
        public String category;

        @Column(nullable = false)
        public String condition;
    }
}
