package cn.zgc.residence.offices.service;

import cn.zgc.residence.offices.domain.DaySchedule;
import cn.zgc.residence.offices.domain.DayState;
import cn.zgc.residence.offices.domain.Hall;
import cn.zgc.residence.offices.domain.TimeInterval;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes open intervals as an RFC 5545 iCalendar document: CRLF line ends, lines folded at 75 octets without
 * splitting a UTF-8 character, TEXT values escaped, times in Asia/Shanghai with its VTIMEZONE (no daylight saving).
 */
final class IcsCalendar {

    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");
    private static final String TZID = "Asia/Shanghai";

    private IcsCalendar() {
    }

    static String write(Hall hall, List<DaySchedule> days, OffsetDateTime now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Zhongguancun permanent-residence services//offices-service//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(hall.nameEn() + " opening hours"));
        line(ics, "X-WR-TIMEZONE:" + TZID);
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:" + TZID);
        line(ics, "BEGIN:STANDARD");
        line(ics, "DTSTART:19700101T000000");
        line(ics, "TZOFFSETFROM:+0800");
        line(ics, "TZOFFSETTO:+0800");
        line(ics, "TZNAME:CST");
        line(ics, "END:STANDARD");
        line(ics, "END:VTIMEZONE");
        String stamp = UTC.format(now.withOffsetSameInstant(ZoneOffset.UTC));
        for (DaySchedule day : days) {
            if (day.state() != DayState.OPEN) {
                continue;
            }
            for (TimeInterval interval : day.intervals()) {
                String start = LOCAL.format(day.date().atTime(interval.opens()));
                line(ics, "BEGIN:VEVENT");
                line(ics, "UID:" + hall.id() + "-" + start + "@offices.zgc-residence");
                line(ics, "DTSTAMP:" + stamp);
                line(ics, "DTSTART;TZID=" + TZID + ":" + start);
                line(ics, "DTEND;TZID=" + TZID + ":" + LOCAL.format(day.date().atTime(interval.closes())));
                line(ics, "SUMMARY:" + text("Open: " + hall.nameEn() + " / " + hall.nameZh()));
                line(ics, "LOCATION:" + text(hall.addressEn()));
                String description = day.notice() != null
                        ? "Special hours by notice: " + day.notice().reasonEn() + " / " + day.notice().reasonZh()
                        : "Regular hours. Tel " + hall.phone() + ", complaints " + hall.complaintHotline();
                line(ics, "DESCRIPTION:" + text(description));
                line(ics, "TRANSP:TRANSPARENT");
                line(ics, "END:VEVENT");
            }
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
    }

    /** RFC 5545 3.1: content lines longer than 75 octets continue on a line starting with a space. */
    private static void line(StringBuilder ics, String content) {
        int octets = 0;
        int limit = 75;
        for (int i = 0; i < content.length(); ) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                ics.append(CRLF).append(' ');
                octets = 1;
            }
            ics.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        ics.append(CRLF);
    }
}
