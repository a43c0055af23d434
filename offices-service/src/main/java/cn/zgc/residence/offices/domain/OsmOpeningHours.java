package cn.zgc.residence.offices.domain;

import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Regular hours as an OpenStreetMap {@code opening_hours} value, for example
 * {@code Mo-Sa 09:00-12:00,13:30-17:00; PH unknown "subject to further notice"}. Public holidays are "unknown"
 * because the procedure leaves them to further notice.
 */
public final class OsmOpeningHours {

    static final String PUBLIC_HOLIDAYS = "PH unknown \"subject to further notice\"";
    private static final String[] DAY = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"};

    private OsmOpeningHours() {
    }

    /** The value, checked by the OpenStreetMap parser in strict mode before it is handed out. */
    public static String of(WeeklyHours hours) {
        String value = format(hours);
        parse(value);
        return value;
    }

    /** Parses a value strictly; throws IllegalArgumentException naming the parser's complaint. */
    public static List<Rule> parse(String value) {
        try {
            return new OpeningHoursParser(new ByteArrayInputStream(value.getBytes(StandardCharsets.UTF_8))).rules(true);
        } catch (OpeningHoursParseException e) {
            throw new IllegalArgumentException("not a valid opening_hours value: " + value + ": " + e.getMessage(), e);
        }
    }

    static String format(WeeklyHours hours) {
        List<String> rules = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        int i = 0;
        while (i < days.length) {
            List<TimeInterval> intervals = hours.on(days[i]);
            int j = i;
            while (j + 1 < days.length && hours.on(days[j + 1]).equals(intervals)) {
                j++;
            }
            if (!intervals.isEmpty()) {
                String range = i == j ? DAY[i] : DAY[i] + "-" + DAY[j];
                rules.add(range + " " + intervals.stream().map(TimeInterval::toString).collect(Collectors.joining(",")));
            }
            i = j + 1;
        }
        if (rules.isEmpty()) {
            rules.add("off");
        }
        rules.add(PUBLIC_HOLIDAYS);
        return String.join("; ", rules);
    }
}
