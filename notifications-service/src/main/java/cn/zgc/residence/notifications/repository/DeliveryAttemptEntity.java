package cn.zgc.residence.notifications.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One attempt of a delivery, as the delivery log shows it. */
@Entity
@Table(name = "delivery_attempt")
public class DeliveryAttemptEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "delivery_id", nullable = false)
    public UUID deliveryId;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "event_id", nullable = false)
    public UUID eventId;

    @Column(nullable = false)
    public int attempt;

    @Column(name = "attempted_at", nullable = false)
    public OffsetDateTime attemptedAt;

    /** The response's status; none when no response came (refused address, timeout, connection failure). */
    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "latency_ms", nullable = false)
    public long latencyMs;

    @Column(nullable = false)
    public boolean succeeded;

    public String error;
}
