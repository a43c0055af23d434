package cn.zgc.residence.offices.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything that decides one hall's days apart from the State Council calendar: its dated regular-hours versions
 * and its notices. Notices are indexed by date once, the latest published winning where two cover a day.
 */
public final class HallHours {

    private final String hallId;
    private final TreeMap<LocalDate, WeeklyHours> versions = new TreeMap<>();
    private final Map<LocalDate, HallNotice> noticeByDate = new HashMap<>();
    private final List<HallNotice> notices;

    public HallHours(String hallId, Collection<RegularHoursVersion> versions, Collection<HallNotice> notices) {
        this.hallId = hallId;
        versions.forEach(v -> this.versions.put(v.effectiveFrom(), v.hours()));
        this.notices = notices.stream().sorted(Comparator.comparing(HallNotice::publishedAt)).toList();
        for (HallNotice notice : this.notices) {
            for (LocalDate d = notice.from(); !d.isAfter(notice.to()); d = d.plusDays(1)) {
                noticeByDate.put(d, notice);
            }
        }
    }

    public String hallId() {
        return hallId;
    }

    /** The regular hours in force on a date: the latest version that took effect on or before it. */
    public Optional<WeeklyHours> regularHoursOn(LocalDate date) {
        Entry<LocalDate, WeeklyHours> entry = versions.floorEntry(date);
        return entry == null ? Optional.empty() : Optional.of(entry.getValue());
    }

    public Optional<RegularHoursVersion> versionOn(LocalDate date) {
        Entry<LocalDate, WeeklyHours> entry = versions.floorEntry(date);
        return entry == null ? Optional.empty() : Optional.of(new RegularHoursVersion(entry.getKey(), entry.getValue()));
    }

    public List<RegularHoursVersion> versions() {
        return versions.entrySet().stream().map(e -> new RegularHoursVersion(e.getKey(), e.getValue())).toList();
    }

    public Optional<HallNotice> noticeOn(LocalDate date) {
        return Optional.ofNullable(noticeByDate.get(date));
    }

    /** The notices, oldest published first. */
    public List<HallNotice> notices() {
        return notices;
    }
}
