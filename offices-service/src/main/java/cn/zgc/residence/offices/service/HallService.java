package cn.zgc.residence.offices.service;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.time.BusinessClock;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.offices.api.AcceptanceView;
import cn.zgc.residence.offices.api.DayView;
import cn.zgc.residence.offices.api.HallView;
import cn.zgc.residence.offices.api.IntervalView;
import cn.zgc.residence.offices.api.NextOpeningView;
import cn.zgc.residence.offices.api.RegularHoursView;
import cn.zgc.residence.offices.api.ScheduleView;
import cn.zgc.residence.offices.config.OfficesConfig;
import cn.zgc.residence.offices.domain.AcceptanceRule;
import cn.zgc.residence.offices.domain.ApplicantFacts;
import cn.zgc.residence.offices.domain.Category;
import cn.zgc.residence.offices.domain.DaySchedule;
import cn.zgc.residence.offices.domain.District;
import cn.zgc.residence.offices.domain.Hall;
import cn.zgc.residence.offices.domain.HallHours;
import cn.zgc.residence.offices.domain.NextOpening;
import cn.zgc.residence.offices.domain.OpeningHoursCalculator;
import cn.zgc.residence.offices.domain.RegularHoursVersion;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Answers the partner portals' questions from the in-memory snapshot: which hall, and when it is open. */
@ApplicationScoped
public class HallService {

    public static final int MAX_SCHEDULE_DAYS = 366;
    /** A range whose first day comes after its last. */
    static final Text FROM_AFTER_TO = new Text("must not be after to", "不能晚于 to");
    static final int DEFAULT_SCHEDULE_DAYS = 14;

    private final HallDirectory directory;
    private final OfficesConfig config;
    private final Clock clock;
    private final SlotService slots;

    public HallService(HallDirectory directory, OfficesConfig config, Clock clock, SlotService slots) {
        this.directory = directory;
        this.config = config;
        this.clock = clock;
        this.slots = slots;
    }

    /** The halls, optionally only those that take a category from this applicant, or that are open at an instant. */
    public List<HallView> list(Language language, String category, ApplicantFacts applicant, OffsetDateTime openAt) {
        HallDirectory.Snapshot s = directory.snapshot();
        if (category != null) {
            requireCategory(s, category);
        }
        return s.halls().values().stream()
                .filter(h -> category == null || h.takes(category, applicant).isPresent())
                .filter(h -> openAt == null || s.calculator().isOpenAt(s.hours().get(h.id()), openAt.toZonedDateTime()))
                .map(h -> view(s, h, language))
                .toList();
    }

    public HallView get(String id, Language language) {
        HallDirectory.Snapshot s = directory.snapshot();
        return view(s, hall(s, id), language);
    }

    public ScheduleView schedule(String id, LocalDate from, LocalDate to, Language language) {
        HallDirectory.Snapshot s = directory.snapshot();
        Hall hall = hall(s, id);
        LocalDate start = from != null ? from : (to != null ? to.minusDays(DEFAULT_SCHEDULE_DAYS - 1) : today());
        LocalDate end = to != null ? to : start.plusDays(DEFAULT_SCHEDULE_DAYS - 1);
        if (start.isAfter(end)) {
            throw ApiException.invalid("from", FROM_AFTER_TO);
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_SCHEDULE_DAYS) {
            throw ApiException.invalid("to", new Text("a schedule covers at most " + MAX_SCHEDULE_DAYS + " days",
                    "日程最多涵盖 " + MAX_SCHEDULE_DAYS + " 天"));
        }
        List<DayView> days = s.calculator().schedule(s.hours().get(hall.id()), start, end).stream()
                .map(d -> day(s, d, language)).toList();
        return new ScheduleView(hall.id(), start, end, BusinessClock.ZONE.getId(), days);
    }

    /** For every hall that takes the category from this applicant, its next open interval, soonest first. */
    public List<NextOpeningView> nextOpening(String category, ApplicantFacts applicant, OffsetDateTime after,
            Language language) {
        HallDirectory.Snapshot s = directory.snapshot();
        requireCategory(s, category);
        ZonedDateTime instant = after != null ? after.toZonedDateTime() : ZonedDateTime.now(clock);
        return s.halls().values().stream()
                .filter(h -> h.takes(category, applicant).isPresent())
                .map(h -> s.calculator().nextOpening(s.hours().get(h.id()), instant, config.nextOpeningHorizonDays()))
                .sorted(Comparator.comparing((NextOpening n) -> !n.found())
                        .thenComparing(n -> n.found() ? (n.openNow() ? instant : n.opens()) : instant)
                        .thenComparing(NextOpening::hallId))
                .map(n -> {
                    Hall h = s.halls().get(n.hallId());
                    return new NextOpeningView(h.id(), language.pick(h.nameEn(), h.nameZh()),
                            n.found() ? n.opens().toOffsetDateTime() : null,
                            n.found() ? n.closes().toOffsetDateTime() : null, n.openNow(),
                            n.passedOver().stream().map(d -> day(s, d, language)).toList());
                })
                .toList();
    }

    /** The coming open intervals of a hall as an iCalendar document; with {@code withLoad}, their booked seats. */
    public String calendarFeed(String id, Integer days, boolean withLoad) {
        HallDirectory.Snapshot s = directory.snapshot();
        Hall hall = hall(s, id);
        int count = days != null ? days : config.calendarFeedDays();
        if (count < 1 || count > MAX_SCHEDULE_DAYS) {
            throw ApiException.invalid("days", new Text("must be between 1 and " + MAX_SCHEDULE_DAYS,
                    "须在 1 至 " + MAX_SCHEDULE_DAYS + " 之间"));
        }
        LocalDate from = today();
        List<DaySchedule> schedule = s.calculator().schedule(s.hours().get(hall.id()), from, from.plusDays(count - 1L));
        return IcsCalendar.write(hall, schedule, OffsetDateTime.now(clock),
                withLoad ? slots.load(hall.id(), schedule) : null);
    }

    /** A full year of schedules for all halls, from the snapshot: the unit the benchmark measures. */
    public Map<String, List<DaySchedule>> yearOfSchedules(int year) {
        HallDirectory.Snapshot s = directory.snapshot();
        return OpeningHoursCalculator.yearOfSchedules(s.allHours(), s.calendar(), year);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static Hall hall(HallDirectory.Snapshot s, String id) {
        return s.hall(id).orElseThrow(() -> ApiException.notFound(new Text("Hall", "服务大厅"), id));
    }

    static void requireCategory(HallDirectory.Snapshot s, String category) {
        if (!s.categories().containsKey(category)) {
            String allowed = String.join(", ", s.categories().keySet());
            throw ApiException.invalid("category", new Text("unknown value; allowed: " + allowed,
                    "未知取值；允许的取值：" + allowed));
        }
    }

    /** Reads a district query value, naming the field when it is not one of Beijing's districts. */
    public static District district(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return District.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            String allowed = String.join(", ", java.util.Arrays.stream(District.values()).map(Enum::name).toList());
            throw ApiException.invalid(field, new Text("unknown district; allowed: " + allowed,
                    "未知的区；允许的取值：" + allowed));
        }
    }

    private HallView view(HallDirectory.Snapshot s, Hall h, Language language) {
        List<String> order = List.copyOf(s.categories().keySet());
        List<AcceptanceView> accepts = h.accepts().stream()
                .sorted(Comparator.comparingInt((AcceptanceRule r) -> order.indexOf(r.category())))
                .map(r -> {
                    Category c = s.categories().get(r.category());
                    return new AcceptanceView(r.category(), language.pick(c.nameEn(), c.nameZh()), r.condition().name());
                })
                .toList();
        HallHours hours = s.hours().get(h.id());
        RegularHoursView regular = hours.versionOn(today())
                .map(v -> regularHoursView(s, h.id(), v))
                .orElse(null);
        return new HallView(h.id(), language.pick(h.nameEn(), h.nameZh()), h.nameEn(), h.nameZh(),
                language.pick(h.addressEn(), h.addressZh()),
                h.district().name(), h.phone(), h.complaintHotline(), accepts, regular);
    }

    static RegularHoursView regularHoursView(HallDirectory.Snapshot s, String hallId, RegularHoursVersion v) {
        return new RegularHoursView(hallId, v.effectiveFrom(), v.hours().asText(),
                s.openingHours(hallId, v.effectiveFrom()));
    }

    /** A wall-clock time of the halls as an instant with its offset (without building a ZonedDateTime on the way). */
    private static OffsetDateTime local(LocalDateTime time) {
        return OffsetDateTime.of(time, BusinessClock.ZONE.getRules().getOffset(time));
    }

    static DayView day(HallDirectory.Snapshot s, DaySchedule d, Language language) {
        List<IntervalView> intervals = d.intervals().isEmpty() ? List.of() : d.intervals().stream()
                .map(i -> new IntervalView(local(d.date().atTime(i.opens())), local(d.date().atTime(i.closes()))))
                .toList();
        return new DayView(d.date(), d.date().getDayOfWeek(), d.state().name(), intervals, d.basis().name(),
                d.officialDay() == null ? null : s.holidayName(d.officialDay().name(), language),
                d.officialDay() == null ? null : d.officialDay().name(),
                d.officialDay() == null ? null : d.officialDay().offDay(),
                s.calendar().isPublished(d.date()),
                d.notice() == null ? null : d.notice().id(),
                d.notice() == null ? null : d.notice().reasonEn(),
                d.notice() == null ? null : d.notice().reasonZh());
    }
}
