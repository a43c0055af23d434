package cn.zgc.residence.offices.api;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A slot of a hall for a category, with its free seats. */
public record SlotView(
        String hallId,
        String category,
        OffsetDateTime startsAt,
        OffsetDateTime endsAt,
        @Schema(description = "Seats in the slot") int capacity,
        @Schema(description = "Seats still free") int available,
        @Schema(description = "Seats booked; shown to immigration only") Integer booked) {
}
