package cn.zgc.residence.offices.domain;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Test data for the domain: the halls of the procedure, a slice of the 2025/2026 State Council calendar, notices. */
final class HallData {

    static final List<DayOfWeek> MON_TO_SAT = List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY);
    static final WeeklyHours NINE_TO_FIVE = WeeklyHours.sameOn(MON_TO_SAT, List.of(TimeInterval.of("09:00", "17:00")));
    static final WeeklyHours WITH_LUNCH_BREAK = WeeklyHours.sameOn(MON_TO_SAT,
            List.of(TimeInterval.of("09:00", "12:00"), TimeInterval.of("13:30", "17:00")));
    static final LocalDate SEED_FROM = LocalDate.of(2024, 1, 1);

    static final List<String> CATEGORIES = List.of("PERMANENT_RESIDENCE", "RESIDENCE_PERMIT_EMPLOYMENT",
            "RESIDENCE_PERMIT_STUDY", "RESIDENCE_PERMIT_FAMILY_REUNION", "RESIDENCE_PERMIT_PRIVATE_BUSINESS");

    private HallData() {
    }

    /** The days of the 2026 notice (and the 2025 National Day) that the tests use, as in holiday-cn. */
    static OfficialCalendar calendar() {
        List<OfficialDay> days = new ArrayList<>();
        for (int d = 1; d <= 3; d++) {
            days.add(new OfficialDay(LocalDate.of(2026, 1, d), "元旦", true));
        }
        days.add(new OfficialDay(LocalDate.of(2026, 1, 4), "元旦", false));
        days.add(new OfficialDay(LocalDate.of(2026, 2, 14), "春节", false));
        for (int d = 15; d <= 23; d++) {
            days.add(new OfficialDay(LocalDate.of(2026, 2, d), "春节", true));
        }
        days.add(new OfficialDay(LocalDate.of(2026, 2, 28), "春节", false));
        days.add(new OfficialDay(LocalDate.of(2026, 10, 1), "国庆节", true));
        return new OfficialCalendar(days, Set.of(2024, 2025, 2026));
    }

    static HallHours shijingshan(HallNotice... notices) {
        return new HallHours("shijingshan-center", List.of(new RegularHoursVersion(SEED_FROM, WITH_LUNCH_BREAK)),
                List.of(notices));
    }

    static HallHours standard(String hallId, HallNotice... notices) {
        return new HallHours(hallId, List.of(new RegularHoursVersion(SEED_FROM, NINE_TO_FIVE)), List.of(notices));
    }

    static HallNotice closed(String hallId, LocalDate from, LocalDate to, int publishedMinute) {
        return new HallNotice(UUID.randomUUID(), hallId, from, to, NoticeKind.CLOSED, List.of(),
                "Closed", "闭馆", published(publishedMinute));
    }

    static HallNotice special(String hallId, LocalDate from, LocalDate to, int publishedMinute, String... intervals) {
        return new HallNotice(UUID.randomUUID(), hallId, from, to, NoticeKind.SPECIAL_HOURS,
                List.of(intervals).stream().map(TimeInterval::parse).toList(), "Special hours", "特别办公时间",
                published(publishedMinute));
    }

    private static OffsetDateTime published(int minute) {
        return OffsetDateTime.of(2025, 12, 1, 10, minute, 0, 0, ZoneOffset.ofHours(8));
    }

    /** The six halls with the applications each takes, as the procedure lists them. */
    static List<Hall> halls() {
        List<AcceptanceRule> everything = CATEGORIES.stream().map(c -> new AcceptanceRule(c, AcceptanceCondition.NONE)).toList();
        List<AcceptanceRule> permits = everything.stream().filter(r -> !r.category().equals("PERMANENT_RESIDENCE")).toList();
        List<AcceptanceRule> permitsAndA = new ArrayList<>(permits);
        permitsAndA.add(new AcceptanceRule("PERMANENT_RESIDENCE", AcceptanceCondition.DEMONSTRATING_ENTITY_IN_HALL_DISTRICT));
        return List.of(
                hall("beijing-reception-hall", District.DONGCHENG, everything),
                hall("zhongguancun-center", District.HAIDIAN, everything),
                hall("chaoyang-center", District.CHAOYANG, permitsAndA),
                hall("shunyi-center", District.SHUNYI, permitsAndA),
                hall("tongzhou-center", District.TONGZHOU, permits),
                hall("shijingshan-center", District.SHIJINGSHAN, permits));
    }

    private static Hall hall(String id, District district, List<AcceptanceRule> accepts) {
        return new Hall(id, id, id, "address of " + id, id + "地址", district, "(8610) 84020101", "(8610) 84015300", accepts);
    }
}
