package cn.zgc.residence.offices.service;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.offices.api.RegularHoursRequest;
import cn.zgc.residence.offices.api.RegularHoursView;
import cn.zgc.residence.offices.domain.InvalidValue;
import cn.zgc.residence.offices.domain.RegularHoursVersion;
import cn.zgc.residence.offices.domain.TimeInterval;
import cn.zgc.residence.offices.domain.WeeklyHours;
import cn.zgc.residence.offices.repository.RegularHoursRepository;
import cn.zgc.residence.offices.repository.RegularHoursVersionEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Officers change a hall's regular hours by adding a version from a future date; earlier days keep their hours. */
@ApplicationScoped
public class RegularHoursService {

    private final HallDirectory directory;
    private final RegularHoursRepository versions;
    private final Clock clock;

    public RegularHoursService(HallDirectory directory, RegularHoursRepository versions, Clock clock) {
        this.directory = directory;
        this.versions = versions;
        this.clock = clock;
    }

    public RegularHoursView add(String hallId, RegularHoursRequest request, String actor) {
        HallService.hall(directory.snapshot(), hallId);
        RegularHoursVersion version = validate(request);
        QuarkusTransaction.requiringNew().run(() -> {
            if (versions.exists(hallId, version.effectiveFrom())) {
                throw ApiException.conflict(new Text("Hall " + hallId + " already has regular hours from "
                        + version.effectiveFrom(), "服务大厅 " + hallId + " 已有自 " + version.effectiveFrom()
                        + " 起的常规办公时间"));
            }
            versions.persist(entity(hallId, version, actor));
        });
        directory.refresh();
        return HallService.regularHoursView(directory.snapshot(), hallId, version);
    }

    public List<RegularHoursView> list(String hallId) {
        HallDirectory.Snapshot s = directory.snapshot();
        HallService.hall(s, hallId);
        return s.hours().get(hallId).versions().stream().map(v -> HallService.regularHoursView(s, hallId, v)).toList();
    }

    public RegularHoursView get(String hallId, LocalDate effectiveFrom) {
        HallDirectory.Snapshot s = directory.snapshot();
        HallService.hall(s, hallId);
        return s.hours().get(hallId).versions().stream().filter(v -> v.effectiveFrom().equals(effectiveFrom))
                .findFirst().map(v -> HallService.regularHoursView(s, hallId, v))
                .orElseThrow(() -> ApiException.notFound(new Text("Regular hours of " + hallId + " from",
                        "服务大厅 " + hallId + " 的常规办公时间，起始日"), effectiveFrom));
    }

    private RegularHoursVersion validate(RegularHoursRequest r) {
        List<FieldError> errors = new ArrayList<>();
        if (!r.effectiveFrom().isAfter(LocalDate.now(clock))) {
            errors.add(new FieldError("effectiveFrom", new Text("must be after today: today and past days keep their hours",
                    "须晚于今天：今天及以前的日期保留原有办公时间")));
        }
        Map<DayOfWeek, List<TimeInterval>> days = new EnumMap<>(DayOfWeek.class);
        r.weekly().forEach((day, texts) -> {
            String field = "weekly." + day;
            if (day == null) {
                errors.add(new FieldError("weekly", new Text("keys are days of the week, MONDAY to SUNDAY",
                        "键为星期几，MONDAY 至 SUNDAY")));
                return;
            }
            List<TimeInterval> intervals = new ArrayList<>();
            List<String> values = texts == null ? List.of() : texts;
            for (int i = 0; i < values.size(); i++) {
                try {
                    intervals.add(TimeInterval.parse(values.get(i)));
                } catch (InvalidValue e) {
                    errors.add(new FieldError(field + "[" + i + "]", e.reason()));
                }
            }
            try {
                days.put(day, TimeInterval.ofDay(intervals));
            } catch (InvalidValue e) {
                errors.add(new FieldError(field, e.reason()));
            }
        });
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new RegularHoursVersion(r.effectiveFrom(), WeeklyHours.of(days));
    }

    private RegularHoursVersionEntity entity(String hallId, RegularHoursVersion v, String actor) {
        RegularHoursVersionEntity e = new RegularHoursVersionEntity();
        e.id = UUID.randomUUID();
        e.hallId = hallId;
        e.effectiveFrom = v.effectiveFrom();
        e.recordedAt = OffsetDateTime.now(clock);
        e.recordedBy = actor;
        for (DayOfWeek day : DayOfWeek.values()) {
            for (TimeInterval i : v.hours().on(day)) {
                RegularHoursVersionEntity.Interval row = new RegularHoursVersionEntity.Interval();
                row.dayOfWeek = (short) day.getValue();
                row.opens = i.opens();
                row.closes = i.closes();
                e.intervals.add(row);
            }
        }
        return e;
    }
}
