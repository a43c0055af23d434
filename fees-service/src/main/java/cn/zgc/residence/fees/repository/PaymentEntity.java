package cn.zgc.residence.fees.repository;

import cn.zgc.residence.fees.domain.PaymentStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A payment a partner declared on an invoice, with the Idempotency-Key it came with; PENDING until the hall confirms
 * or rejects it (who, when, and for a rejection why).
 */
@Entity
@Table(name = "payment")
public class PaymentEntity {

    @Id
    public UUID id;

    @Column(name = "invoice_id", nullable = false)
    public UUID invoiceId;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String channel;

    @Column(name = "external_reference", nullable = false)
    public String externalReference;

    @Column(nullable = false)
    public String payer;

    @Column(name = "idempotency_key", nullable = false)
    public String idempotencyKey;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PaymentStatus status;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "rejection_reason")
    public String rejectionReason;
}
