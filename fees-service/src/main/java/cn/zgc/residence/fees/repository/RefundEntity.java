package cn.zgc.residence.fees.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A refund and its audit record: who gave back how much, when and why. Never changed once written. */
@Entity
@Table(name = "refund")
public class RefundEntity {

    @Id
    public UUID id;

    @Column(name = "invoice_id", nullable = false)
    public UUID invoiceId;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String reason;

    @Column(name = "refunded_by", nullable = false)
    public String refundedBy;

    @Column(name = "refunded_at", nullable = false)
    public OffsetDateTime refundedAt;
}
