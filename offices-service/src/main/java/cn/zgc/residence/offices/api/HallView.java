package cn.zgc.residence.offices.api;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service hall as partner portals see it. */
public record HallView(
        String id,
        @Schema(description = "The name in the language asked for with Accept-Language (zh or English)") String name,
        String nameEn,
        String nameZh,
        String address,
        @Schema(example = "CHAOYANG") String district,
        @Schema(example = "(8610) 84020101") String phone,
        @Schema(example = "(8610) 84015300") String complaintHotline,
        @Schema(description = "The application categories the hall takes, and on what condition") List<AcceptanceView> accepts,
        @Schema(description = "The regular hours in force today") RegularHoursView regularHours) {
}
