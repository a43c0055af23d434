package cn.zgc.residence.offices.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A hall's capacity versions. For a category and a date, the latest version of that category in force on the date
 * wins; without one, the latest version for every category (category null) in force on the date.
 */
public final class CapacityPlan {

    private final List<CapacityVersion> versions;

    public CapacityPlan(Collection<CapacityVersion> versions) {
        this.versions = versions.stream().sorted(Comparator.comparing(CapacityVersion::effectiveFrom).reversed()).toList();
    }

    public Optional<CapacityVersion> versionFor(String category, LocalDate date) {
        Optional<CapacityVersion> own = latest(category, date);
        return own.isPresent() ? own : latest(null, date);
    }

    private Optional<CapacityVersion> latest(String category, LocalDate date) {
        return versions.stream()
                .filter(v -> Objects.equals(v.category(), category))
                .filter(v -> !v.effectiveFrom().isAfter(date))
                .findFirst();
    }

    public List<CapacityVersion> versions() {
        return versions;
    }
}
