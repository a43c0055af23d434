package cn.zgc.residence.offices.service;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.offices.domain.AcceptanceCondition;
import cn.zgc.residence.offices.domain.AcceptanceRule;
import cn.zgc.residence.offices.domain.Category;
import cn.zgc.residence.offices.domain.District;
import cn.zgc.residence.offices.domain.Hall;
import cn.zgc.residence.offices.domain.HallHours;
import cn.zgc.residence.offices.domain.HallNotice;
import cn.zgc.residence.offices.domain.NoticeKind;
import cn.zgc.residence.offices.domain.OfficialCalendar;
import cn.zgc.residence.offices.domain.OfficialDay;
import cn.zgc.residence.offices.domain.OpeningHoursCalculator;
import cn.zgc.residence.offices.domain.OsmOpeningHours;
import cn.zgc.residence.offices.domain.RegularHoursVersion;
import cn.zgc.residence.offices.domain.TimeInterval;
import cn.zgc.residence.offices.domain.WeeklyHours;
import cn.zgc.residence.offices.repository.CategoryRepository;
import cn.zgc.residence.offices.repository.HallEntity;
import cn.zgc.residence.offices.repository.HallNoticeEntity;
import cn.zgc.residence.offices.repository.HallNoticeRepository;
import cn.zgc.residence.offices.repository.HallRepository;
import cn.zgc.residence.offices.repository.OfficialCalendarRepository;
import cn.zgc.residence.offices.repository.RegularHoursRepository;
import cn.zgc.residence.offices.repository.RegularHoursVersionEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import cn.zgc.residence.offices.config.OfficesConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * The halls, their hours, notices and the State Council calendar, held in memory as one immutable snapshot so
 * that queries answer without the database. The snapshot is rebuilt at start, after every officer's change
 * has committed here, and every {@code offices.refresh-interval} for changes made through another replica.
 */
@ApplicationScoped
public class HallDirectory {

    private static final Logger LOG = Logger.getLogger(HallDirectory.class);

    private final HallRepository halls;
    private final CategoryRepository categories;
    private final RegularHoursRepository regularHours;
    private final HallNoticeRepository notices;
    private final OfficialCalendarRepository calendar;
    private final OfficialCalendarLoader loader;
    private final OfficesConfig config;
    private volatile Snapshot snapshot;
    private ScheduledExecutorService refresher;

    public HallDirectory(HallRepository halls, CategoryRepository categories, RegularHoursRepository regularHours,
            HallNoticeRepository notices, OfficialCalendarRepository calendar, OfficialCalendarLoader loader,
            OfficesConfig config) {
        this.halls = halls;
        this.categories = categories;
        this.regularHours = regularHours;
        this.notices = notices;
        this.calendar = calendar;
        this.loader = loader;
        this.config = config;
    }

    void onStart(@Observes StartupEvent start) {
        loader.loadNewYears();
        refresh();
        long every = config.refreshInterval().toMillis();
        if (every > 0) {
            refresher = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "hall-directory-refresh"));
            refresher.scheduleWithFixedDelay(this::refreshQuietly, every, every, TimeUnit.MILLISECONDS);
        }
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (refresher != null) {
            refresher.shutdownNow();
        }
    }

    private void refreshQuietly() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // keep answering from the last snapshot; the next round tries again
            LOG.warnf("hall data could not be refreshed: %s", e.getMessage());
        }
    }

    public Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null) {
            refresh();
            current = snapshot;
        }
        return current;
    }

    /** Reads everything again, in its own transaction; called after a change has committed. */
    public synchronized void refresh() {
        snapshot = QuarkusTransaction.requiringNew().call(this::read);
    }

    private Snapshot read() {
        Map<String, Category> categoryByCode = new LinkedHashMap<>();
        categories.listInOrder().forEach(c -> categoryByCode.put(c.code, new Category(c.code, c.nameEn, c.nameZh)));

        Map<String, List<RegularHoursVersion>> versions = new HashMap<>();
        for (RegularHoursVersionEntity v : regularHours.listAll()) {
            versions.computeIfAbsent(v.hallId, id -> new ArrayList<>()).add(toVersion(v));
        }
        Map<String, List<HallNotice>> noticesByHall = new HashMap<>();
        for (HallNoticeEntity n : notices.listAll()) {
            noticesByHall.computeIfAbsent(n.hallId, id -> new ArrayList<>()).add(toNotice(n));
        }
        List<OfficialDay> days = calendar.allDays().stream()
                .map(d -> new OfficialDay(d.day, d.name, d.offDay)).toList();
        OfficialCalendar officialCalendar = new OfficialCalendar(days,
                calendar.listAll().stream().map(y -> y.year).collect(Collectors.toSet()));

        Map<String, Hall> hallById = new LinkedHashMap<>();
        Map<String, HallHours> hoursById = new HashMap<>();
        Map<String, Map<LocalDate, String>> osm = new HashMap<>();
        for (HallEntity h : halls.listAllById()) {
            hallById.put(h.id, toHall(h));
            List<RegularHoursVersion> hallVersions = versions.getOrDefault(h.id, List.of());
            hoursById.put(h.id, new HallHours(h.id, hallVersions, noticesByHall.getOrDefault(h.id, List.of())));
            Map<LocalDate, String> values = new HashMap<>();
            hallVersions.forEach(v -> values.put(v.effectiveFrom(), OsmOpeningHours.of(v.hours())));
            osm.put(h.id, values);
        }
        return new Snapshot(hallById, hoursById, officialCalendar, new OpeningHoursCalculator(officialCalendar),
                categoryByCode, osm, calendar.holidayNamesEn());
    }

    static RegularHoursVersion toVersion(RegularHoursVersionEntity v) {
        Map<DayOfWeek, List<TimeInterval>> days = new EnumMap<>(DayOfWeek.class);
        for (RegularHoursVersionEntity.Interval i : v.intervals) {
            days.computeIfAbsent(DayOfWeek.of(i.dayOfWeek), d -> new ArrayList<>()).add(new TimeInterval(i.opens, i.closes));
        }
        return new RegularHoursVersion(v.effectiveFrom, WeeklyHours.of(days));
    }

    static HallNotice toNotice(HallNoticeEntity n) {
        return new HallNotice(n.id, n.hallId, n.dateFrom, n.dateTo, NoticeKind.valueOf(n.kind),
                n.intervals.stream().map(i -> new TimeInterval(i.opens, i.closes)).toList(),
                n.reasonEn, n.reasonZh, n.publishedAt);
    }

    private static Hall toHall(HallEntity h) {
        List<AcceptanceRule> rules = h.accepts.stream()
                .map(a -> new AcceptanceRule(a.category, AcceptanceCondition.valueOf(a.condition))).toList();
        return new Hall(h.id, h.nameEn, h.nameZh, h.addressEn, h.addressZh, District.valueOf(h.district), h.phone,
                h.complaintHotline, rules);
    }

    /** One consistent view of all the data the queries need. */
    public record Snapshot(Map<String, Hall> halls, Map<String, HallHours> hours, OfficialCalendar calendar,
            OpeningHoursCalculator calculator, Map<String, Category> categories,
            Map<String, Map<LocalDate, String>> openingHoursValues, Map<String, String> holidayNamesEn) {

        /** A State Council holiday's name in the language; the Chinese name where no English one is known. */
        public String holidayName(String nameZh, Language language) {
            return nameZh == null ? null : language.pick(holidayNamesEn.getOrDefault(nameZh, nameZh), nameZh);
        }

        public Optional<Hall> hall(String id) {
            return Optional.ofNullable(halls.get(id));
        }

        public Collection<HallHours> allHours() {
            return hours.values();
        }

        /** The OpenStreetMap value of a regular-hours version of a hall. */
        public String openingHours(String hallId, LocalDate effectiveFrom) {
            return openingHoursValues.get(hallId).get(effectiveFrom);
        }
    }
}
