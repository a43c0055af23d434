package cn.zgc.residence.fees.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FeeCalendarTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 10);

    /** The baseline of the procedure, a version already ended, and a fixed-term one. */
    private static final FeeCalendar CALENDAR = new FeeCalendar(List.of(
            schedule("2004-baseline", "2004-08-15", "2026-12-31", "1500.00"),
            schedule("2027", "2027-01-01", "2027-12-31", "1600.00"),
            schedule("2028", "2028-01-01", null, "1700.00")));

    @ParameterizedTest(name = "on {0}: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            2004-08-14 | none          | the day before the first schedule
            2004-08-15 | 2004-baseline | the first day of the baseline
            2026-12-31 | 2004-baseline | the last day of the baseline, inclusive
            2027-01-01 | 2027          | the first day of the next version
            2027-12-31 | 2027          | its last day
            2028-01-01 | 2028          | an open-ended version
            2099-06-30 | 2028          | an open end runs on
            """)
    void choosesTheVersionInForceOnADate(LocalDate date, String expected, String reason) {
        assertEquals(expected, CALENDAR.inForceOn(date).map(FeeSchedule::version).orElse("none"));
    }

    @ParameterizedTest(name = "{0} from {1} to {2}: {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            n1            | 2026-05-10 | 2026-06-30 | RETROACTIVE       | starting today is already retroactive
            n2            | 2025-01-01 |            | RETROACTIVE       | a start in the past
            n3            | 2030-06-01 | 2030-05-31 | ENDS_BEFORE_START | an end before the start
            2027          | 2040-01-01 |            | DUPLICATE_VERSION | a version name already used
            n4            | 2027-06-01 | 2027-06-30 | OVERLAP           | inside a fixed-term version
            n5            | 2026-12-01 | 2027-01-05 | OVERLAP           | across the start of a fixed-term version
            n6            | 2026-06-01 | 2026-06-30 | OVERLAP           | inside the fixed period of the baseline
            n7            | 2027-12-15 |            | OVERLAP           | open-ended while later versions exist
            """)
    void refusesRetroactiveOrOverlappingVersions(String version, LocalDate from, LocalDate to, FeeCalendar.Reason reason,
            String why) {
        FeeCalendar.Admission admission = CALENDAR.admit(schedule(version, from.toString(),
                to == null ? null : to.toString(), "1.00"), TODAY);
        assertEquals(reason, assertInstanceOf(FeeCalendar.Refused.class, admission).reason());
    }

    @ParameterizedTest(name = "{0} to {1} ends {2} on {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            2030-01-01 |            | 2028 | 2029-12-31 | an open version after the open one ends it the day before
            2029-03-01 | 2029-03-31 | 2028 | 2029-02-28 | a fixed term ends the open one as well
            """)
    void endsTheOpenVersionTheDayBeforeTheNextStarts(LocalDate from, LocalDate to, String ended, LocalDate endedOn,
            String reason) {
        FeeCalendar.Admission admission = CALENDAR.admit(schedule("next", from.toString(),
                to == null ? null : to.toString(), "1.00"), TODAY);
        FeeCalendar.Admitted admitted = assertInstanceOf(FeeCalendar.Admitted.class, admission);
        assertEquals(ended, admitted.ended().orElseThrow().version());
        assertEquals(Optional.of(endedOn), admitted.ended().orElseThrow().effectiveTo());
    }

    @ParameterizedTest(name = "{0}: {1} x CNY {2} ... = {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            2026-05-10 | FIRST_APPLICATION                         | 1500.00 | first application under the baseline
            2026-05-10 | CERTIFICATE_PRODUCTION,REPLACEMENT        | 600.00  | two certificate services
            2026-05-10 | FIRST_APPLICATION,CERTIFICATE_PRODUCTION  | 1800.00 | application and certificate
            2027-03-01 | FIRST_APPLICATION                         | 1600.00 | the same service under the next version
            2027-03-01 | REISSUANCE,REISSUANCE                     | 1200.00 | a service twice is two lines
            """)
    void pricesWithTheVersionInForce(LocalDate on, String services, String total, String reason) {
        FeeSchedule schedule = CALENDAR.inForceOn(on).orElseThrow();
        Pricing.Priced priced = Pricing.price(schedule, java.util.Arrays.stream(services.split(","))
                .map(ServiceCode::valueOf).toList());
        assertEquals(Money.of(total), priced.total());
        assertEquals(services.split(",").length, priced.lines().size());
    }

    private static FeeSchedule schedule(String version, String from, String to, String firstApplication) {
        Map<ServiceCode, Money> amounts = new EnumMap<>(ServiceCode.class);
        amounts.put(ServiceCode.FIRST_APPLICATION, Money.of(firstApplication));
        amounts.put(ServiceCode.CERTIFICATE_PRODUCTION, Money.of("300.00"));
        amounts.put(ServiceCode.REPLACEMENT, Money.of("300.00"));
        amounts.put(ServiceCode.REISSUANCE, Money.of("600.00"));
        return new FeeSchedule(version, LocalDate.parse(from), Optional.ofNullable(to).map(LocalDate::parse), amounts);
    }
}
