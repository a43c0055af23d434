package cn.zgc.residence.offices.service;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.offices.api.CapacityRequest;
import cn.zgc.residence.offices.api.CapacityView;
import cn.zgc.residence.offices.domain.Hall;
import cn.zgc.residence.offices.domain.InvalidValue;
import cn.zgc.residence.offices.domain.SlotRule;
import cn.zgc.residence.offices.repository.CapacityRepository;
import cn.zgc.residence.offices.repository.CapacityVersionEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Immigration changes slot lengths and seats by adding a version from a future day on; versions are never changed,
 * so they are their own audit trail. A new version never cancels a booking: seats already taken stay taken, even
 * where a slot now has fewer seats or another length.
 */
@ApplicationScoped
public class CapacityService {

    private final HallDirectory directory;
    private final CapacityRepository versions;
    private final Clock clock;

    public CapacityService(HallDirectory directory, CapacityRepository versions, Clock clock) {
        this.directory = directory;
        this.versions = versions;
        this.clock = clock;
    }

    public CapacityView add(String hallId, CapacityRequest r, String actor) {
        HallDirectory.Snapshot s = directory.snapshot();
        Hall hall = HallService.hall(s, hallId);
        CapacityVersionEntity e = validate(s, hall, r);
        e.recordedBy = actor;
        QuarkusTransaction.requiringNew().run(() -> {
            if (versions.exists(hallId, e.category, e.effectiveFrom)) {
                throw ApiException.conflict(new Text("Hall " + hallId + " already has a capacity version for "
                        + (e.category == null ? "every category" : e.category) + " from " + e.effectiveFrom,
                        "服务大厅 " + hallId + " 已有自 " + e.effectiveFrom + " 起适用于"
                        + (e.category == null ? "所有类别" : " " + e.category + " ") + "的容量版本"));
            }
            versions.persist(e);
        });
        return view(e);
    }

    public List<CapacityView> list(String hallId) {
        HallService.hall(directory.snapshot(), hallId);
        return QuarkusTransaction.requiringNew().call(() -> versions.listForHall(hallId)).stream()
                .map(CapacityService::view).toList();
    }

    private CapacityVersionEntity validate(HallDirectory.Snapshot s, Hall hall, CapacityRequest r) {
        List<FieldError> errors = new ArrayList<>();
        String category = r.category() == null || r.category().isBlank() ? null : r.category().strip();
        if (category != null && hall.accepts().stream().noneMatch(a -> a.category().equals(category))) {
            String allowed = String.join(", ", hall.accepts().stream().map(a -> a.category()).toList());
            errors.add(new FieldError("category", new Text("hall " + hall.id() + " does not take " + category
                    + "; allowed: " + allowed, "服务大厅 " + hall.id() + " 不受理 " + category + "；允许的类别："
                    + allowed)));
        }
        if (!r.effectiveFrom().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("effectiveFrom", new Text(
                    "must be after today: today and past days keep their capacity", "须晚于今天：今天及以前的日期保留原有容量")));
        }
        CapacityVersionEntity e = new CapacityVersionEntity();
        Set<LocalTime> starts = new HashSet<>();
        for (int i = 0; i < r.bands().size(); i++) {
            CapacityRequest.Band b = r.bands().get(i);
            String field = "bands[" + i + "]";
            if (b == null) {
                errors.add(new FieldError(field, new Text("must not be null", "不能为 null")));
                continue;
            }
            LocalTime start = null;
            try {
                start = b.starts() == null || !b.starts().matches("\\d{2}:\\d{2}") ? null : LocalTime.parse(b.starts());
            } catch (DateTimeParseException ex) {
                start = null;
            }
            if (start == null) {
                errors.add(new FieldError(field + ".starts", new Text("expected HH:mm, for example 09:00",
                        "应为 HH:mm 格式，如 09:00")));
            } else if (!starts.add(start)) {
                errors.add(new FieldError(field + ".starts", new Text("two bands start at " + b.starts(),
                        "有两个时段组都从 " + b.starts() + " 开始")));
            }
            try {
                new SlotRule(b.slotMinutes() == null ? 0 : b.slotMinutes(), b.capacity() == null ? -1 : b.capacity());
            } catch (InvalidValue ex) {
                errors.add(new FieldError(b.slotMinutes() == null || b.slotMinutes() < SlotRule.MIN_MINUTES
                        || b.slotMinutes() > SlotRule.MAX_MINUTES ? field + ".slotMinutes" : field + ".capacity",
                        ex.reason()));
            }
            if (start != null && b.slotMinutes() != null && b.capacity() != null) {
                CapacityVersionEntity.Band band = new CapacityVersionEntity.Band();
                band.starts = start;
                band.slotMinutes = b.slotMinutes();
                band.capacity = b.capacity();
                e.bands.add(band);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        e.id = UUID.randomUUID();
        e.hallId = hall.id();
        e.category = category;
        e.effectiveFrom = r.effectiveFrom();
        e.reason = r.reason() == null || r.reason().isBlank() ? null : r.reason().strip();
        e.recordedAt = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        return e;
    }

    static CapacityView view(CapacityVersionEntity e) {
        return new CapacityView(e.id, e.hallId, e.category, e.effectiveFrom,
                e.bands.stream().sorted(Comparator.comparing(b -> b.starts))
                        .map(b -> new CapacityView.Band(b.starts.toString(), b.slotMinutes, b.capacity)).toList(),
                e.reason, AppointmentService.local(e.recordedAt), e.recordedBy);
    }
}
