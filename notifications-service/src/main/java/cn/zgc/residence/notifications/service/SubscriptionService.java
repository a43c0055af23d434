package cn.zgc.residence.notifications.service;

import cn.zgc.residence.common.i18n.CallerLanguage;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.ProblemKind;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.notifications.api.CreateSubscriptionRequest;
import cn.zgc.residence.notifications.api.Page;
import cn.zgc.residence.notifications.api.RotateSecretRequest;
import cn.zgc.residence.notifications.api.SubscriptionView;
import cn.zgc.residence.notifications.api.UpdateSubscriptionRequest;
import cn.zgc.residence.notifications.config.NotificationsConfig;
import cn.zgc.residence.notifications.crypto.SecretSealer;
import cn.zgc.residence.notifications.delivery.EndpointGuard;
import cn.zgc.residence.notifications.delivery.EndpointRefusedException;
import cn.zgc.residence.notifications.domain.EventNames;
import cn.zgc.residence.notifications.domain.SigningSecret;
import cn.zgc.residence.notifications.repository.SubscriptionEntity;
import cn.zgc.residence.notifications.repository.SubscriptionRepository;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * A partner's webhook subscriptions: only the partner changes its own; immigration officers read them all (support:
 * "why did our portal not hear about this dossier?") but can neither change them nor see a secret, which is shown
 * only in the answer to creation and rotation.
 */
@ApplicationScoped
public class SubscriptionService {

    private static final Text SUBSCRIPTION = new Text("Webhook subscription", "Webhook 订阅");

    static final Text DISABLED_BY_PARTNER = new Text("disabled by the partner", "已由合作机构停用");

    private final SubscriptionRepository subscriptions;
    private final EndpointGuard guard;
    private final NotificationsConfig config;
    private final Clock clock;
    private final SecretSealer sealer;
    private final CallerLanguage language;

    public SubscriptionService(SubscriptionRepository subscriptions, EndpointGuard guard, NotificationsConfig config,
            Clock clock, SecretSealer sealer, CallerLanguage language) {
        this.sealer = sealer;
        this.language = language;
        this.subscriptions = subscriptions;
        this.guard = guard;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public SubscriptionView create(CreateSubscriptionRequest request, Caller caller) {
        String partnerId = caller.partnerId();
        List<String> eventTypes = checkedEventTypes(request.eventTypes());
        String url = checkedUrl(request.url());
        OffsetDateTime now = OffsetDateTime.now(clock);
        SubscriptionEntity subscription = new SubscriptionEntity();
        subscription.id = UUID.randomUUID();
        subscription.partnerId = partnerId;
        subscription.url = url;
        subscription.eventTypes = String.join(",", eventTypes);
        subscription.description = request.description();
        SigningSecret secret = SigningSecret.generate(config.secrets().bytes());
        subscription.secret = sealer.seal(subscription.id, secret);
        subscription.enabled = true;
        subscription.createdAt = now;
        subscription.updatedAt = now;
        subscriptions.persist(subscription);
        return view(subscription, secret.value());
    }

    public Page<SubscriptionView> list(Caller caller, String partnerFilter, int page, int size) {
        String partnerId = caller.isPartner() ? caller.partnerId() : partnerFilter;
        Sort sort = Sort.descending("createdAt").and("id");
        var query = partnerId == null ? subscriptions.findAll(sort) : subscriptions.find("partnerId", sort, partnerId);
        List<SubscriptionEntity> found = query.page(page, size + 1).list();
        List<SubscriptionView> items = found.stream().limit(size).map(s -> view(s, null)).toList();
        return new Page<>(items, page, size, found.size() > size);
    }

    public SubscriptionView get(UUID id, Caller caller) {
        return view(readable(id, caller), null);
    }

    @Transactional
    public SubscriptionView update(UUID id, UpdateSubscriptionRequest request, Caller caller) {
        SubscriptionEntity subscription = owned(id, caller);
        List<String> eventTypes = request.eventTypes() == null ? null : checkedEventTypes(request.eventTypes());
        String url = request.url() == null ? null : checkedUrl(request.url());
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (url != null) {
            subscription.url = url;
        }
        if (eventTypes != null) {
            subscription.eventTypes = String.join(",", eventTypes);
        }
        if (request.description() != null) {
            subscription.description = request.description().isBlank() ? null : request.description();
        }
        if (Boolean.TRUE.equals(request.enabled()) && !subscription.enabled) {
            subscription.enabled = true;
            subscription.disabledReason = null;
            subscription.disabledReasonZh = null;
            subscription.disabledAt = null;
        } else if (Boolean.FALSE.equals(request.enabled()) && subscription.enabled) {
            subscription.enabled = false;
            subscription.disabledReason = DISABLED_BY_PARTNER.en();
            subscription.disabledReasonZh = DISABLED_BY_PARTNER.zh();
            subscription.disabledAt = now;
        }
        subscription.updatedAt = now;
        flushOrConflict();
        return view(subscription, null);
    }

    /** A new secret; the previous one signs too until the overlap ends. */
    @Transactional
    public SubscriptionView rotate(UUID id, RotateSecretRequest request, Caller caller) {
        Duration overlap = request == null || request.overlap() == null ? config.secrets().defaultRotationOverlap()
                : request.overlap();
        if (overlap.isNegative() || overlap.compareTo(config.secrets().maxRotationOverlap()) > 0) {
            throw ApiException.invalid("overlap", new Text("between PT0S and " + config.secrets().maxRotationOverlap(),
                    "须在 PT0S 与 " + config.secrets().maxRotationOverlap() + " 之间"));
        }
        SubscriptionEntity subscription = owned(id, caller);
        OffsetDateTime now = OffsetDateTime.now(clock);
        SigningSecret secret = SigningSecret.generate(config.secrets().bytes());
        if (overlap.isZero()) {
            subscription.previousSecret = null;
            subscription.previousSecretExpiresAt = null;
        } else {
            // sealed with the subscription's id as associated data, so the stored value moves as it is
            subscription.previousSecret = subscription.secret;
            subscription.previousSecretExpiresAt = now.plus(overlap);
        }
        subscription.secret = sealer.seal(subscription.id, secret);
        subscription.updatedAt = now;
        flushOrConflict();
        return view(subscription, secret.value());
    }

    @Transactional
    public void delete(UUID id, Caller caller) {
        subscriptions.delete(owned(id, caller));
    }

    /** The subscription if the caller may read it: its partner, or an immigration officer; 404 otherwise. */
    public SubscriptionEntity readable(UUID id, Caller caller) {
        SubscriptionEntity subscription = subscriptions.findById(id);
        if (subscription == null || !(caller.isImmigration() && !caller.isPartner()
                || caller.isPartner() && caller.partnerId().equals(subscription.partnerId))) {
            throw ApiException.notFound(SUBSCRIPTION, id);
        }
        return subscription;
    }

    /** The subscription if it is the calling partner's own; 404 otherwise. */
    public SubscriptionEntity owned(UUID id, Caller caller) {
        SubscriptionEntity subscription = subscriptions.findById(id);
        if (subscription == null || !caller.isPartner() || !caller.partnerId().equals(subscription.partnerId)) {
            throw ApiException.notFound(SUBSCRIPTION, id);
        }
        return subscription;
    }

    /** Writes now, so that a change made meanwhile by another request (the version moved on) answers 409. */
    private void flushOrConflict() {
        try {
            subscriptions.flush();
        } catch (OptimisticLockException e) {
            throw ApiException.conflict(new Text("the subscription was changed by another request: read it and try again",
                    "该订阅已被另一个请求修改：请重新读取后再试"));
        }
    }

    private String checkedUrl(String url) {
        try {
            guard.check(url);
            return url;
        } catch (EndpointRefusedException e) {
            if (e.malformed()) {
                throw ApiException.invalid("url", e.text());
            }
            throw ApiException.of(ProblemKind.UNPROCESSABLE, new Text("url: " + e.text().en(), "url：" + e.text().zh()));
        }
    }

    private static List<String> checkedEventTypes(List<String> names) {
        if (names == null || names.isEmpty()) {
            throw ApiException.invalid("eventTypes", new Text("name at least one event", "至少指定一个事件"));
        }
        EventNames.firstUnknown(names).ifPresent(unknown -> {
            throw ApiException.invalid("eventTypes", new Text("no such event: " + unknown, "没有此事件：" + unknown));
        });
        return List.copyOf(new LinkedHashSet<>(names));
    }

    private SubscriptionView view(SubscriptionEntity s, String secret) {
        String disabledReason = language.get().chinese() && s.disabledReasonZh != null ? s.disabledReasonZh
                : s.disabledReason;
        return new SubscriptionView(s.id, s.partnerId, s.url, s.eventTypeList(), s.description, s.enabled,
                disabledReason, s.disabledAt, s.previousSecretExpiresAt, s.createdAt, s.updatedAt, secret);
    }
}
