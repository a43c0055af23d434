package cn.zgc.residence.offices.repository;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/** One band of a stored capacity version with the version's columns, read as a row without loading entities. */
public record CapacityBandRow(UUID versionId, String hallId, String category, LocalDate effectiveFrom,
        LocalTime starts, int slotMinutes, int capacity) {
}
