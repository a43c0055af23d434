package cn.zgc.residence.fees.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.FeeScheduleChanged;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.fees.api.FeeScheduleView;
import cn.zgc.residence.fees.api.PublishScheduleRequest;
import cn.zgc.residence.fees.api.ScheduleItem;
import cn.zgc.residence.fees.domain.FeeCalendar;
import cn.zgc.residence.fees.domain.FeeSchedule;
import cn.zgc.residence.fees.domain.Money;
import cn.zgc.residence.fees.domain.ServiceCode;
import cn.zgc.residence.fees.repository.FeeScheduleEntity;
import cn.zgc.residence.fees.repository.FeeScheduleRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Fee schedule versions: reading them, the one in force on a date, and publishing a new one. */
@ApplicationScoped
public class FeeScheduleService {

    private static final Text FEE_SCHEDULE = new Text("Fee schedule", "收费标准");

    private final FeeScheduleRepository schedules;
    private final Outbox outbox;
    private final Clock clock;

    public FeeScheduleService(FeeScheduleRepository schedules, Outbox outbox, Clock clock) {
        this.schedules = schedules;
        this.outbox = outbox;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<FeeScheduleView> list() {
        return schedules.listByStart().stream().map(FeeScheduleService::view).toList();
    }

    public FeeScheduleView get(String version) {
        return schedules.findByIdOptional(version).map(FeeScheduleService::view)
                .orElseThrow(() -> ApiException.notFound(FEE_SCHEDULE, version));
    }

    public FeeScheduleView current(LocalDate on) {
        String version = inForceOn(on).map(FeeSchedule::version)
                .orElseThrow(() -> ApiException.notFound(new Text("Fee schedule in force on", "收费标准，生效日期"), on));
        return get(version);
    }

    /** The version in force on the date, by the same rule for quotes, invoices and this API. */
    public Optional<FeeSchedule> inForceOn(LocalDate date) {
        return calendar().inForceOn(date);
    }

    @Transactional
    public FeeScheduleView publish(PublishScheduleRequest request, String officer) {
        Map<ServiceCode, Money> amounts = amounts(request.items());
        schedules.lockForPublication();
        FeeSchedule candidate = new FeeSchedule(request.version(), request.effectiveFrom(),
                Optional.ofNullable(request.effectiveTo()), amounts);
        FeeCalendar.Admission admission = calendar().admit(candidate, today());
        if (admission instanceof FeeCalendar.Refused refused) {
            throw switch (refused.reason()) {
                case RETROACTIVE -> ApiException.invalid("effectiveFrom", refused.detail());
                case ENDS_BEFORE_START -> ApiException.invalid("effectiveTo", refused.detail());
                case DUPLICATE_VERSION, OVERLAP -> ApiException.conflict(refused.detail());
            };
        }
        FeeCalendar.Admitted admitted = (FeeCalendar.Admitted) admission;
        OffsetDateTime now = OffsetDateTime.now(clock);
        admitted.ended().ifPresent(ended -> {
            FeeScheduleEntity previous = schedules.findById(ended.version());
            previous.effectiveTo = ended.effectiveTo().orElseThrow();
            outbox.record(changed(previous));
        });
        FeeScheduleEntity entity = new FeeScheduleEntity();
        entity.version = candidate.version();
        entity.effectiveFrom = candidate.effectiveFrom();
        entity.effectiveTo = request.effectiveTo();
        entity.currency = Money.CURRENCY;
        entity.note = request.note();
        entity.publishedBy = officer;
        entity.publishedAt = now;
        amounts.forEach((service, amount) -> entity.amounts.put(service, amount.amount()));
        schedules.persist(entity);
        outbox.record(changed(entity));
        return view(entity);
    }

    private FeeCalendar calendar() {
        return new FeeCalendar(schedules.listByStart().stream().map(FeeScheduleEntity::toDomain).toList());
    }

    /** Every service exactly once: a version without an amount for a service could not price it. */
    private static Map<ServiceCode, Money> amounts(List<ScheduleItem> items) {
        Map<ServiceCode, Money> amounts = new EnumMap<>(ServiceCode.class);
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            ScheduleItem item = items.get(i);
            if (amounts.put(item.service(), new Money(item.amount())) != null) {
                errors.add(new FieldError("items[" + i + "].service",
                        new Text(item.service() + " is listed twice", item.service() + " 被列出两次")));
            }
        }
        Arrays.stream(ServiceCode.values()).filter(s -> !amounts.containsKey(s))
                .forEach(s -> errors.add(new FieldError("items",
                        new Text("has no amount for " + s, "缺少 " + s + " 的金额"))));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return amounts;
    }

    private static FeeScheduleChanged changed(FeeScheduleEntity entity) {
        Map<String, BigDecimal> amounts = new LinkedHashMap<>();
        new EnumMap<>(entity.amounts).forEach((service, amount) -> amounts.put(service.name(), amount));
        return new FeeScheduleChanged(entity.version, entity.effectiveFrom, entity.effectiveTo, amounts,
                entity.currency);
    }

    static FeeScheduleView view(FeeScheduleEntity entity) {
        List<ScheduleItem> items = new EnumMap<>(entity.amounts).entrySet().stream()
                .map(e -> new ScheduleItem(e.getKey(), e.getValue())).toList();
        return new FeeScheduleView(entity.version, entity.effectiveFrom, entity.effectiveTo, entity.currency, items,
                entity.note, entity.publishedBy, entity.publishedAt);
    }
}
