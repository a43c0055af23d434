package cn.zgc.residence.fees.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One dated version of the fees: in force from {@code effectiveFrom} to {@code effectiveTo}, both inclusive; an
 * empty end means until the next version starts.
 */
public record FeeSchedule(String version, LocalDate effectiveFrom, Optional<LocalDate> effectiveTo,
        Map<ServiceCode, Money> amounts) {

    public FeeSchedule {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(effectiveTo, "effectiveTo");
        amounts = amounts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(amounts));
    }

    public boolean coversDate(LocalDate date) {
        return !date.isBefore(effectiveFrom) && effectiveTo.map(end -> !date.isAfter(end)).orElse(true);
    }

    public boolean isOpenEnded() {
        return effectiveTo.isEmpty();
    }

    public Optional<Money> amountOf(ServiceCode service) {
        return Optional.ofNullable(amounts.get(service));
    }

    /** The same version ending the day before {@code nextStart}. */
    public FeeSchedule endingBefore(LocalDate nextStart) {
        return new FeeSchedule(version, effectiveFrom, Optional.of(nextStart.minusDays(1)), amounts);
    }
}
