package cn.zgc.residence.fees.domain;

import cn.zgc.residence.common.i18n.Text;
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

    public record Refused(Reason reason, Text detail) implements Admission {
    }

    public Admission admit(FeeSchedule candidate, LocalDate today) {
        if (!candidate.effectiveFrom().isAfter(today)) {
            return new Refused(Reason.RETROACTIVE, new Text(
                    "must be after " + today + ": a schedule never applies to the past",
                    "须晚于 " + today + "：收费标准从不适用于过去"));
        }
        if (candidate.effectiveTo().filter(end -> end.isBefore(candidate.effectiveFrom())).isPresent()) {
            return new Refused(Reason.ENDS_BEFORE_START, new Text("must not be before effectiveFrom",
                    "不得早于 effectiveFrom"));
        }
        Optional<FeeSchedule> ended = Optional.empty();
        for (FeeSchedule existing : versions) {
            if (existing.version().equals(candidate.version())) {
                return new Refused(Reason.DUPLICATE_VERSION, new Text("version " + existing.version()
                        + " already exists", "版本 " + existing.version() + " 已存在"));
            }
            FeeSchedule compared = existing;
            if (existing.isOpenEnded() && existing.effectiveFrom().isBefore(candidate.effectiveFrom())) {
                compared = existing.endingBefore(candidate.effectiveFrom());
                ended = Optional.of(compared);
            }
            if (overlap(compared, candidate)) {
                return new Refused(Reason.OVERLAP, new Text("the period overlaps version " + existing.version()
                        + " (" + existing.effectiveFrom() + " to " + existing.effectiveTo().map(Object::toString)
                        .orElse("open") + ")", "有效期与版本 " + existing.version() + "（" + existing.effectiveFrom()
                        + " 至 " + existing.effectiveTo().map(Object::toString).orElse("长期有效") + "）重叠"));
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
