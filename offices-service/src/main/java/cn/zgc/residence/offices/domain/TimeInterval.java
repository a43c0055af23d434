package cn.zgc.residence.offices.domain;

import cn.zgc.residence.common.i18n.Text;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Opening time of a day, half-open: open at {@code opens}, closed again at {@code closes}. */
public record TimeInterval(LocalTime opens, LocalTime closes) implements Comparable<TimeInterval> {

    private static final Pattern TEXT = Pattern.compile("(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    public TimeInterval {
        if (opens == null || closes == null || !opens.isBefore(closes)) {
            throw new InvalidValue(new Text("an interval opens before it closes: " + opens + "-" + closes,
                    "时间段须先开始后结束：" + opens + "-" + closes));
        }
    }

    public static TimeInterval of(String opens, String closes) {
        return new TimeInterval(LocalTime.parse(opens), LocalTime.parse(closes));
    }

    /** Reads {@code HH:mm-HH:mm}, for example {@code 13:30-17:00}. */
    public static TimeInterval parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.trim());
        if (m == null || !m.matches()) {
            throw new InvalidValue(new Text("expected HH:mm-HH:mm, for example 09:00-12:00, not " + text,
                    "应为 HH:mm-HH:mm 格式，如 09:00-12:00，而不是 " + text));
        }
        try {
            return new TimeInterval(LocalTime.parse(m.group(1)), LocalTime.parse(m.group(2)));
        } catch (DateTimeParseException e) {
            throw new InvalidValue(new Text("not a time of day in " + text, text + " 中的时间不是有效的一天中的时刻"));
        }
    }

    /** Sorted, and refused when two intervals of one day overlap or touch (they would be one interval). */
    public static List<TimeInterval> ofDay(List<TimeInterval> intervals) {
        List<TimeInterval> sorted = new ArrayList<>(intervals);
        sorted.sort(Comparator.naturalOrder());
        for (int i = 1; i < sorted.size(); i++) {
            if (!sorted.get(i - 1).closes().isBefore(sorted.get(i).opens())) {
                throw new InvalidValue(new Text("intervals of a day must not overlap or touch: "
                        + sorted.get(i - 1) + " and " + sorted.get(i), "同一天的时间段不得重叠或相接："
                        + sorted.get(i - 1) + " 与 " + sorted.get(i)));
            }
        }
        return List.copyOf(sorted);
    }

    public boolean contains(LocalTime time) {
        return !time.isBefore(opens) && time.isBefore(closes);
    }

    @Override
    public int compareTo(TimeInterval other) {
        return opens.compareTo(other.opens);
    }

    @Override
    public String toString() {
        return HH_MM.format(opens) + "-" + HH_MM.format(closes);
    }
}
