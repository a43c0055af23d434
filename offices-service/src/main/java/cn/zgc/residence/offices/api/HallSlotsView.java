package cn.zgc.residence.offices.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A hall's slots for a category between two days, both included. */
public record HallSlotsView(String hallId, String category, LocalDate from, LocalDate to,
        @Schema(description = "The slots that have not started yet, in time order; with onlyAvailable, those with a free seat")
        List<SlotView> slots) {
}
