package cn.zgc.residence.offices.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** For one hall that takes the category, its earliest free slots in the range (none: the hall is full or closed). */
public record EarliestSlotsView(String hallId, String hallName,
        @Schema(description = "The earliest slots with a free seat, in time order") List<SlotView> slots) {
}
