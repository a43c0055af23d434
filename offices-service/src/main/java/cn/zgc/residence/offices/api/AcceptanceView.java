package cn.zgc.residence.offices.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category a hall takes, and the condition an applicant must meet for it. */
public record AcceptanceView(
        @Schema(example = "PERMANENT_RESIDENCE") String category,
        String categoryName,
        @Schema(description = "NONE, or DEMONSTRATING_ENTITY_IN_HALL_DISTRICT: condition (a), a foreign employee of a "
                + "demonstrating entity or enterprise in the hall's district who meets the 10 and 20 immigration policies",
                example = "NONE") String condition) {
}
