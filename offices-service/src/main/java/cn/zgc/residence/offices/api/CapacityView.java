package cn.zgc.residence.offices.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A version of a hall's slot lengths and seats, with who recorded it and when. */
public record CapacityView(UUID id, String hallId, String category, LocalDate effectiveFrom, List<Band> bands,
        String reason, OffsetDateTime recordedAt, String recordedBy) {

    public record Band(String starts, int slotMinutes, int capacity) {
    }
}
