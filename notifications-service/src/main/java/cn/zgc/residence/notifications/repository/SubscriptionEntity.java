package cn.zgc.residence.notifications.repository;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A partner's webhook endpoint: where, which events, the signing secrets, whether it receives. */
@Entity
@Table(name = "subscription")
public class SubscriptionEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false)
    public String partnerId;

    @Column(nullable = false)
    public String url;

    /** Event names, comma-separated. */
    @Column(name = "event_types", nullable = false)
    public String eventTypes;

    public String description;

    /** The signing secret, sealed ({@code SecretSealer}): never in clear in the table. */
    @Column(nullable = false)
    public String secret;

    /** The previous signing secret during a rotation's overlap, sealed like {@link #secret}. */
    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public OffsetDateTime previousSecretExpiresAt;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "disabled_reason")
    public String disabledReason;

    /** The same reason in Chinese (null for subscriptions disabled before it was kept). */
    @Column(name = "disabled_reason_zh")
    public String disabledReasonZh;

    @Column(name = "disabled_at")
    public OffsetDateTime disabledAt;

    @Column(name = "last_success_at")
    public OffsetDateTime lastSuccessAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    public List<String> eventTypeList() {
        return Arrays.stream(eventTypes.split(",")).filter(s -> !s.isBlank()).toList();
    }

    public boolean wants(String eventName) {
        return eventTypeList().contains(eventName);
    }
}
