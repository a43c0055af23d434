package cn.zgc.residence.eligibility.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** An officer action: who did what to which subject, and when. */
@Entity
@Table(name = "audit_record")
public class AuditRecordEntity {

    @Id
    // drawn 50 at a time (the sequence's increment): no round trip per insert, which is batched at the commit
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
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
