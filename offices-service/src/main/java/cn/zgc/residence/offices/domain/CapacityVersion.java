package cn.zgc.residence.offices.domain;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import java.util.Map.Entry;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Slot length and seats of a hall from {@code effectiveFrom} on, for one category ({@code category} null: every
 * category the hall takes that has no version of its own). The bands are keyed by the time of day they start; each
 * holds until the next one starts, and times before the first band have no slots.
 */
public record CapacityVersion(UUID id, String hallId, String category, LocalDate effectiveFrom,
        NavigableMap<LocalTime, SlotRule> bands) {

    public CapacityVersion {
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("a capacity version has at least one band");
        }
        bands = java.util.Collections.unmodifiableNavigableMap(new TreeMap<>(bands));
    }

    public static CapacityVersion of(String hallId, String category, LocalDate effectiveFrom, Map<LocalTime, SlotRule> bands) {
        return new CapacityVersion(UUID.randomUUID(), hallId, category, effectiveFrom, new TreeMap<>(bands));
    }

    /** The rule of the band a slot starting at {@code time} falls in, or null before the first band. */
    public SlotRule ruleAt(LocalTime time) {
        Entry<LocalTime, SlotRule> band = bands.floorEntry(time);
        return band == null ? null : band.getValue();
    }

    /** The start of the next band after {@code time}, or null. */
    public LocalTime nextBandAfter(LocalTime time) {
        return bands.higherKey(time);
    }
}
