package cn.zgc.residence.documents.domain.rules;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Coverage of a required span by periods: the gaps (by day or by month) and the overlaps (by month). */
public final class Periods {

    private Periods() {
    }

    /** An inclusive span of days. */
    public record DateRange(LocalDate from, LocalDate to) {
        @Override
        public String toString() {
            return from.equals(to) ? from.toString() : from + " to " + to;
        }
    }

    /** An inclusive span of months. */
    public record MonthRange(YearMonth from, YearMonth to) {
        @Override
        public String toString() {
            return from.equals(to) ? from.toString() : from + " to " + to;
        }
    }

    /** The days of [from, to] that no period covers. */
    public static List<DateRange> dayGaps(List<DateRange> periods, LocalDate from, LocalDate to) {
        List<DateRange> gaps = new ArrayList<>();
        LocalDate cursor = from;
        for (DateRange p : periods.stream().sorted(Comparator.comparing(DateRange::from)).toList()) {
            if (p.from().isAfter(cursor) && !cursor.isAfter(to)) {
                gaps.add(new DateRange(cursor, min(p.from().minusDays(1), to)));
            }
            if (!p.to().isBefore(cursor)) {
                cursor = p.to().plusDays(1);
            }
        }
        if (!cursor.isAfter(to)) {
            gaps.add(new DateRange(cursor, to));
        }
        return gaps;
    }

    /** The months of [from, to] that no period covers, as runs of consecutive months. */
    public static List<MonthRange> monthGaps(List<MonthRange> periods, YearMonth from, YearMonth to) {
        Map<YearMonth, Integer> counts = counts(periods);
        List<YearMonth> missing = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            if (!counts.containsKey(m)) {
                missing.add(m);
            }
        }
        return runs(missing);
    }

    /** The months covered by more than one period, as runs of consecutive months. */
    public static List<MonthRange> monthOverlaps(List<MonthRange> periods) {
        return runs(counts(periods).entrySet().stream().filter(e -> e.getValue() > 1).map(Map.Entry::getKey).toList());
    }

    private static Map<YearMonth, Integer> counts(List<MonthRange> periods) {
        Map<YearMonth, Integer> counts = new TreeMap<>();
        for (MonthRange p : periods) {
            for (YearMonth m = p.from(); !m.isAfter(p.to()); m = m.plusMonths(1)) {
                counts.merge(m, 1, Integer::sum);
            }
        }
        return counts;
    }

    private static List<MonthRange> runs(List<YearMonth> months) {
        List<MonthRange> runs = new ArrayList<>();
        for (YearMonth m : months.stream().sorted().toList()) {
            MonthRange last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
            if (last != null && last.to().plusMonths(1).equals(m)) {
                runs.set(runs.size() - 1, new MonthRange(last.from(), m));
            } else {
                runs.add(new MonthRange(m, m));
            }
        }
        return runs;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
