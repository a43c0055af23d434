package cn.zgc.residence.fees.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A payment received on an invoice, with the Idempotency-Key it came with. */
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
}
