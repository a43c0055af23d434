package cn.zgc.residence.common.events;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An event written in the same transaction as the change it records, waiting for the relay to publish it. What it
 * records never changes once written: only {@link #publishedAt} is updatable, so the relay's update of a published
 * event is one short statement that Hibernate prepares once, and a batch's updates leave together at the commit.
 */
@Entity
@Table(name = "outbox_event")
public class OutboxEvent extends PanacheEntityBase {

    /**
     * The CloudEvents id, chosen when the event is recorded. It is the entity's identity, so recording an event
     * neither writes the row at once nor reads a key back: the row is inserted with the transaction's other writes
     * when it flushes, at the latest at the commit.
     */
    @Id
    @Column(name = "event_id", nullable = false, unique = true)
    public UUID eventId;

    /**
     * Commit order per aggregate: the relay publishes by ascending seq. The database assigns it (an identity column)
     * when the row is inserted; it is read when the relay loads the event, never written from here.
     */
    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(nullable = false, updatable = false)
    public String topic;

    @Column(name = "event_key", nullable = false, updatable = false)
    public String eventKey;

    @Column(name = "ce_type", nullable = false, updatable = false)
    public String ceType;

    @Column(name = "ce_source", nullable = false, updatable = false)
    public String ceSource;

    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    /** The W3C traceparent of the span that recorded the event; null when tracing is off. */
    @Column(updatable = false)
    public String traceparent;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;
}
