package cn.zgc.residence.notifications.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** An event that names a partner, kept as received for its deliveries and replays. */
@Entity
@Table(name = "webhook_event")
public class WebhookEventEntity extends PanacheEntityBase {

    /** The CloudEvents id: the webhook-id of every delivery of this event. */
    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    /** The CloudEvents type. */
    @Column(nullable = false)
    public String type;

    @Column(name = "event_name", nullable = false)
    public String eventName;

    @Column(nullable = false)
    public String source;

    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public OffsetDateTime time;

    /** The event's place in its aggregate's order: 1, 2, 3, ... */
    @Column(nullable = false)
    public long sequence;

    /** The CloudEvents data, JSON. */
    @Column(nullable = false)
    public String data;

    @Column(name = "received_at", nullable = false)
    public OffsetDateTime receivedAt;
}
