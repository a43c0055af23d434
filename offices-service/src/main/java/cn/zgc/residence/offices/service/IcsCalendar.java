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
import java.util.Map;
import java.util.UUID;
import cn.zgc.residence.offices.domain.Slot;

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
        return write(hall, days, now, null);
    }

    /** With {@code load} (immigration only): each open interval's booked and offered seats, keyed by its start. */
    static String write(Hall hall, List<DaySchedule> days, OffsetDateTime now, Map<OffsetDateTime, int[]> load) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Zhongguancun permanent-residence services//offices-service//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:PUBLISH");
        line(ics, "X-WR-CALNAME:" + text(hall.nameEn() + " opening hours"));
        line(ics, "X-WR-TIMEZONE:" + TZID);
        timezone(ics);
        String stamp = UTC.format(now.withOffsetSameInstant(ZoneOffset.UTC));
        for (DaySchedule day : days) {
            if (day.state() != DayState.OPEN) {
                continue;
            }
            for (TimeInterval interval : day.intervals()) {
                eventOf(ics, hall, day, interval, stamp, load);
            }
        }
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    private static void timezone(StringBuilder ics) {
        line(ics, "BEGIN:VTIMEZONE");
        line(ics, "TZID:" + TZID);
        line(ics, "BEGIN:STANDARD");
        line(ics, "DTSTART:19700101T000000");
        line(ics, "TZOFFSETFROM:+0800");
        line(ics, "TZOFFSETTO:+0800");
        line(ics, "TZNAME:CST");
        line(ics, "END:STANDARD");
        line(ics, "END:VTIMEZONE");
    }

    private static void eventOf(StringBuilder ics, Hall hall, DaySchedule day, TimeInterval interval, String stamp,
            Map<OffsetDateTime, int[]> load) {
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
        if (load != null) {
            int[] seats = load.getOrDefault(Slot.at(day.date(), interval.opens()), new int[2]);
            description += ". Booked: " + seats[0] + " of " + seats[1] + " seats";
            line(ics, "X-ZGC-BOOKED:" + seats[0]);
            line(ics, "X-ZGC-CAPACITY:" + seats[1]);
        }
        line(ics, "DESCRIPTION:" + text(description));
        line(ics, "TRANSP:TRANSPARENT");
        line(ics, "END:VEVENT");
    }


    /** What an invitation names of an appointment. */
    record Invitation(UUID appointmentId, UUID dossierId, String partnerId, String category, OffsetDateTime startsAt,
            OffsetDateTime endsAt, int sequence, boolean booked, OffsetDateTime updatedAt) {
    }

    /**
     * An appointment as an RFC 5546 iTIP message: METHOD:REQUEST while booked (a reschedule raises SEQUENCE, so a
     * calendar moves the event), METHOD:CANCEL once cancelled. The documents to bring are the dossier's checklist,
     * linked, with the procedure's rule that originals are shown with their photocopies.
     */
    static String invitation(Invitation a, Hall hall, String checklistUrl, String organizer, OffsetDateTime now) {
        StringBuilder ics = new StringBuilder();
        line(ics, "BEGIN:VCALENDAR");
        line(ics, "VERSION:2.0");
        line(ics, "PRODID:-//Zhongguancun permanent-residence services//offices-service//EN");
        line(ics, "CALSCALE:GREGORIAN");
        line(ics, "METHOD:" + (a.booked() ? "REQUEST" : "CANCEL"));
        timezone(ics);
        line(ics, "BEGIN:VEVENT");
        line(ics, "UID:appointment-" + a.appointmentId() + "@offices.zgc-residence");
        line(ics, "SEQUENCE:" + (a.booked() ? a.sequence() : a.sequence() + 1));
        line(ics, "DTSTAMP:" + UTC.format(now.withOffsetSameInstant(ZoneOffset.UTC)));
        line(ics, "LAST-MODIFIED:" + UTC.format(a.updatedAt().withOffsetSameInstant(ZoneOffset.UTC)));
        line(ics, "DTSTART;TZID=" + TZID + ":" + LOCAL.format(a.startsAt().toLocalDateTime()));
        line(ics, "DTEND;TZID=" + TZID + ":" + LOCAL.format(a.endsAt().toLocalDateTime()));
        line(ics, "SUMMARY:" + text("Appointment: " + a.category() + " application / 预约办理 — " + hall.nameEn()
                + " / " + hall.nameZh()));
        line(ics, "LOCATION:" + text(hall.nameEn() + ", " + hall.addressEn()));
        line(ics, "DESCRIPTION:" + text("Dossier " + a.dossierId() + ". Documents to bring: every item of the dossier's "
                + "checklist, " + checklistUrl + " - the originals together with their A4 photocopies (the original is "
                + "reviewed before the photocopy is taken). Tel " + hall.phone() + ", complaints "
                + hall.complaintHotline() + ".\n请携带申请材料清单所列全部材料的原件及A4复印件：" + checklistUrl));
        line(ics, "URL:" + checklistUrl);
        line(ics, "ORGANIZER;CN=" + param(hall.nameEn()) + ":" + organizer);
        line(ics, "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:urn:zgc:partner:" + a.partnerId());
        line(ics, "STATUS:" + (a.booked() ? "CONFIRMED" : "CANCELLED"));
        line(ics, "TRANSP:OPAQUE");
        if (a.booked()) {
            line(ics, "BEGIN:VALARM");
            line(ics, "ACTION:DISPLAY");
            line(ics, "DESCRIPTION:" + text("Appointment tomorrow at " + hall.nameEn()));
            line(ics, "TRIGGER:-P1D");
            line(ics, "END:VALARM");
        }
        line(ics, "END:VEVENT");
        line(ics, "END:VCALENDAR");
        return ics.toString();
    }

    /** A parameter value in quotes (RFC 5545 3.2), without the characters a quoted value cannot hold. */
    private static String param(String value) {
        return "\"" + value.replace("\"", "'") + "\"";
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
