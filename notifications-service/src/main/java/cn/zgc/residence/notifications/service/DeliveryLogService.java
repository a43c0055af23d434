package cn.zgc.residence.notifications.service;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.ProblemKind;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.notifications.api.AttemptView;
import cn.zgc.residence.notifications.api.Page;
import cn.zgc.residence.notifications.api.ReplayRequest;
import cn.zgc.residence.notifications.repository.DeliveryAttemptEntity;
import cn.zgc.residence.notifications.repository.DeliveryEntity;
import cn.zgc.residence.notifications.repository.SubscriptionEntity;
import cn.zgc.residence.notifications.repository.WebhookEventEntity;
import cn.zgc.residence.notifications.repository.WebhookEventRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The delivery log of a subscription, and replays of one event or of a time range. */
@ApplicationScoped
public class DeliveryLogService {

    /** Events one replay may queue at most: a longer range is asked for in parts. */
    static final int MAX_REPLAY = 1000;
    static final Duration MAX_RANGE = Duration.ofDays(31);

    private final SubscriptionService subscriptions;
    private final WebhookEventRepository events;
    private final EventIntake intake;
    private final EntityManager entityManager;
    private final Clock clock;

    public DeliveryLogService(SubscriptionService subscriptions, WebhookEventRepository events, EventIntake intake,
            EntityManager entityManager, Clock clock) {
        this.subscriptions = subscriptions;
        this.events = events;
        this.intake = intake;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Page<AttemptView> attempts(UUID subscriptionId, Caller caller, int page, int size) {
        SubscriptionEntity subscription = subscriptions.readable(subscriptionId, caller);
        List<Object[]> rows = entityManager.createQuery("""
                select a, d.origin, e.eventName from DeliveryAttemptEntity a, DeliveryEntity d, WebhookEventEntity e
                where d.id = a.deliveryId and e.id = a.eventId and a.subscriptionId = ?1
                order by a.attemptedAt desc, a.id desc""", Object[].class)
                .setParameter(1, subscription.id)
                .setFirstResult(page * size)
                .setMaxResults(size + 1)
                .getResultList();
        List<AttemptView> items = rows.stream().limit(size).map(row -> {
            DeliveryAttemptEntity a = (DeliveryAttemptEntity) row[0];
            return new AttemptView(a.deliveryId, a.eventId, (String) row[2], row[1].toString(), a.attempt,
                    a.attemptedAt, a.statusCode, a.latencyMs, a.succeeded, a.error);
        }).toList();
        return new Page<>(items, page, size, rows.size() > size);
    }

    /** Queues the event or the range again for this subscription; returns how many deliveries were queued. */
    @Transactional
    public int replay(UUID subscriptionId, ReplayRequest request, Caller caller) {
        SubscriptionEntity subscription = subscriptions.owned(subscriptionId, caller);
        if (request == null || (request.eventId() == null) == (request.from() == null && request.to() == null)) {
            throw ApiException.invalid("eventId", new Text("name either one event (eventId) or a range (from and to)",
                    "请指定一个事件（eventId）或一个时间范围（from 和 to），二者选一"));
        }
        if (!subscription.enabled) {
            throw ApiException.conflict(new Text("the subscription is disabled: enable it before replaying",
                    "该订阅已停用：请先启用再重放"));
        }
        List<WebhookEventEntity> chosen;
        if (request.eventId() != null) {
            WebhookEventEntity event = events.findById(request.eventId());
            if (event == null || !event.partnerId.equals(subscription.partnerId)) {
                throw ApiException.notFound(new Text("Event", "事件"), request.eventId());
            }
            chosen = List.of(event);
        } else {
            if (request.from() == null || request.to() == null) {
                throw ApiException.invalid(request.from() == null ? "from" : "to",
                        new Text("a range needs from and to", "时间范围须同时给出 from 和 to"));
            }
            if (!request.from().isBefore(request.to())) {
                throw ApiException.invalid("to", new Text("must be after from", "须晚于 from"));
            }
            if (Duration.between(request.from(), request.to()).compareTo(MAX_RANGE) > 0) {
                throw ApiException.invalid("to", new Text("a range spans at most " + MAX_RANGE.toDays() + " days",
                        "时间范围最长 " + MAX_RANGE.toDays() + " 天"));
            }
            chosen = events.find("partnerId = ?1 and time >= ?2 and time < ?3 and eventName in ?4 order by time",
                    subscription.partnerId, request.from(), request.to(), subscription.eventTypeList())
                    .page(0, MAX_REPLAY + 1).list();
            if (chosen.size() > MAX_REPLAY) {
                throw ApiException.of(ProblemKind.UNPROCESSABLE, new Text("more than " + MAX_REPLAY
                        + " events in the range: replay a shorter range",
                        "该时间范围内的事件超过 " + MAX_REPLAY + " 个：请重放较短的时间范围"));
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (WebhookEventEntity event : chosen) {
            intake.newDelivery(subscription.id, event.id, DeliveryEntity.Origin.REPLAY, now).persist();
        }
        return chosen.size();
    }
}
