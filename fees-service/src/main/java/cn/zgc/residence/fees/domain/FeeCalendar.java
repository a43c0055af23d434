package cn.zgc.residence.fees.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The fee schedule versions over time: which one is in force on a date, and whether a new one may be published
 * (it starts after today, its period overlaps no other version's; the open-ended version before it is ended the
 * day before it starts).
 */
public final class FeeCalendar {

    private final List<FeeSchedule> versions;

    public FeeCalendar(List<FeeSchedule> versions) {
        this.versions = versions.stream().sorted(Comparator.comparing(FeeSchedule::effectiveFrom)).toList();
    }

    public List<FeeSchedule> versions() {
        return versions;
    }

    /** The version in force on the date; the latest-starting one should periods ever meet. */
    public Optional<FeeSchedule> inForceOn(LocalDate date) {
        return versions.stream().filter(v -> v.coversDate(date)).reduce((earlier, later) -> later);
    }

    /** What publishing a candidate changes, or why it may not be published. */
    public sealed interface Admission {
    }

    /** The candidate may be published; {@code ended} is the open-ended version it ends, if any. */
    public record Admitted(FeeSchedule candidate, Optional<FeeSchedule> ended) implements Admission {
    }

    public enum Reason { RETROACTIVE, ENDS_BEFORE_START, DUPLICATE_VERSION, OVERLAP }

    public record Refused(Reason reason, String detail) implements Admission {
    }

    public Admission admit(FeeSchedule candidate, LocalDate today) {
        if (!candidate.effectiveFrom().isAfter(today)) {
            return new Refused(Reason.RETROACTIVE, "must be after " + today + ": a schedule never applies to the past");
        }
        if (candidate.effectiveTo().filter(end -> end.isBefore(candidate.effectiveFrom())).isPresent()) {
            return new Refused(Reason.ENDS_BEFORE_START, "must not be before effectiveFrom");
        }
        Optional<FeeSchedule> ended = Optional.empty();
        for (FeeSchedule existing : versions) {
            if (existing.version().equals(candidate.version())) {
                return new Refused(Reason.DUPLICATE_VERSION, "version " + existing.version() + " already exists");
            }
            FeeSchedule compared = existing;
            if (existing.isOpenEnded() && existing.effectiveFrom().isBefore(candidate.effectiveFrom())) {
                compared = existing.endingBefore(candidate.effectiveFrom());
                ended = Optional.of(compared);
            }
            if (overlap(compared, candidate)) {
                return new Refused(Reason.OVERLAP, "the period overlaps version " + existing.version() + " ("
                        + existing.effectiveFrom() + " to " + existing.effectiveTo().map(Object::toString)
                        .orElse("open") + ")");
            }
        }
        return new Admitted(candidate, ended);
    }

    private static boolean overlap(FeeSchedule a, FeeSchedule b) {
        LocalDate aEnd = a.effectiveTo().orElse(LocalDate.MAX);
        LocalDate bEnd = b.effectiveTo().orElse(LocalDate.MAX);
        return !a.effectiveFrom().isAfter(bEnd) && !b.effectiveFrom().isAfter(aEnd);
    }
}
