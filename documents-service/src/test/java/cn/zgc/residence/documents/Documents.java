package cn.zgc.residence.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Test data: for each base-list code, metadata that is acceptable today; tests change one field at a time. */
public final class Documents {

    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    public static final List<String> BASE_LIST = List.of("PHOTOS", "PASSPORT", "RESIDENCE_PERMITS",
            "NO_CRIMINAL_RECORD", "MEDICAL_CERTIFICATE", "EMPLOYMENT_CERTIFICATE", "TAX_CERTIFICATES", "WORK_PERMIT",
            "RESUME");

    private static final Map<String, Object> COPY = Map.of("language", "zh", "a4", true, "originalReviewed", true);
    private static final Map<String, Object> HOLDER = Map.of("name", "Anna Berg", "passportNumber", "C01X00T47");

    private Documents() {
    }

    public static Map<String, Object> acceptable(String code) {
        return new HashMap<>(switch (code) {
            case "PHOTOS" -> Map.of("printedCount", 2, "digitalCount", 1, "digitalMedium", "CD",
                    "takenOn", TODAY.minusMonths(1).toString(), "background", "WHITE", "bareheaded", true,
                    "frontFacing", true, "size", "TWO_INCH", "colour", true);
            case "PASSPORT" -> Map.of("validFrom", TODAY.minusYears(5).toString(),
                    "validUntil", TODAY.plusYears(5).toString(), "presentation", Map.of("language", "en",
                            "translatedWithSeal", true, "a4", true, "originalReviewed", true));
            case "RESIDENCE_PERMITS" -> Map.of("permits", List.of(Map.of("purpose", "EMPLOYMENT",
                    "issuedInBeijing", true, "validFrom", TODAY.minusYears(5).toString(),
                    "validTo", TODAY.plusYears(1).toString())), "presentation", COPY);
            case "NO_CRIMINAL_RECORD" -> Map.of("issuingCountry", "DEU", "issuedOn", TODAY.minusMonths(2).toString(),
                    "presentation", Map.of("issuedAbroad", true, "language", "de", "consularCertified", true,
                            "translatedWithSeal", true));
            case "MEDICAL_CERTIFICATE" -> medical(TODAY.minusMonths(1));
            case "EMPLOYMENT_CERTIFICATE" -> Map.of("employer", "Zhongguancun Quantum Lab Ltd",
                    "position", "Chief Scientist", "rank", "ASSOCIATE_RESEARCHER",
                    "heldSince", TODAY.minusYears(5).toString(), "issuedOn", TODAY.minusDays(10).toString(),
                    "holder", HOLDER);
            case "TAX_CERTIFICATES" -> Map.of("issuedByTaxAuthority", true, "periods", List.of(Map.of(
                    "from", YearMonth.from(TODAY).minusMonths(60).toString(),
                    "to", YearMonth.from(TODAY).minusMonths(1).toString())), "presentation", COPY);
            case "WORK_PERMIT" -> workPermit("Chief Scientist");
            case "RESUME" -> Map.of("turned18In", "2005-09", "entries", List.of(
                    Map.of("from", "2005-09", "to", "2010-06", "activity", "Studies"),
                    Map.of("from", "2010-07", "activity", "Research")));
            default -> throw new IllegalArgumentException(code);
        });
    }

    public static Map<String, Object> medical(LocalDate issuedOn) {
        return Map.of("issuer", "DESIGNATED_HEALTH_QUARANTINE_DEPARTMENT", "issuedOn", issuedOn.toString(),
                "presentation", COPY);
    }

    public static Map<String, Object> workPermit(String position) {
        return Map.of("kind", "FOREIGNERS_WORK_PERMIT", "employer", "Zhongguancun Quantum Lab Ltd",
                "position", position, "holder", HOLDER, "validity", List.of(Map.of(
                        "from", TODAY.minusYears(5).toString(), "to", TODAY.plusYears(1).toString())),
                "presentation", COPY);
    }

    public static Map<String, Object> facts(String track) {
        return Map.of("track", track, "employerKind", "ENTERPRISE", "documentLanguages", List.of("en", "de"));
    }
}
