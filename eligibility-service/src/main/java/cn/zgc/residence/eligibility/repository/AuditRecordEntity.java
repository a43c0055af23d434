package cn.zgc.residence.eligibility.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An officer action: who did what to which subject, and when. */
@Entity
@Table(name = "audit_record")
public class AuditRecordEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public String actor;

    @Column(nullable = false)
    public String action;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public String detail;

    @Column(nullable = false)
    public OffsetDateTime at;
}
