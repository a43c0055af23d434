package cn.zgc.residence.offices.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The State Council holiday arrangements of the years whose notice is published. */
public final class OfficialCalendar {

    private final Map<LocalDate, OfficialDay> days;
    private final Set<Integer> publishedYears;

    public OfficialCalendar(Collection<OfficialDay> days, Set<Integer> publishedYears) {
        Map<LocalDate, OfficialDay> byDate = new HashMap<>();
        days.forEach(d -> byDate.put(d.date(), d));
        this.days = Map.copyOf(byDate);
        this.publishedYears = Set.copyOf(publishedYears);
    }

    public static OfficialCalendar empty() {
        return new OfficialCalendar(java.util.List.of(), Set.of());
    }

    public Optional<OfficialDay> day(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** Whether the State Council arrangement for the date's year is known (else only the weekly hours apply). */
    public boolean isPublished(LocalDate date) {
        return publishedYears.contains(date.getYear());
    }

    public Set<Integer> publishedYears() {
        return publishedYears;
    }

    public int size() {
        return days.size();
    }
}
