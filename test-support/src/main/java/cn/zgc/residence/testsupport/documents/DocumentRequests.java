package cn.zgc.residence.testsupport.documents;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Request bodies of documents-service for one applicant, as JSON-ready maps: the facts a partner sends for a dossier
 * and, for each base-list code, document metadata that the rules accept on {@code today}. Tests change one field at a
 * time ({@link #acceptable(String)} answers a mutable map) or take one of the variants below.
 */
public record DocumentRequests(Applicant applicant, LocalDate today) {

    /** The base list: the documents every dossier needs, in the catalogue's order. */
    public static final List<String> BASE_LIST = List.of("PHOTOS", "PASSPORT", "RESIDENCE_PERMITS",
            "NO_CRIMINAL_RECORD", "MEDICAL_CERTIFICATE", "EMPLOYMENT_CERTIFICATE", "TAX_CERTIFICATES", "WORK_PERMIT",
            "RESUME");

    private static final String EMPLOYER = "Zhongguancun Quantum Lab Ltd";
    private static final String POSITION = "Chief Scientist";
    /** A photocopy in Chinese, on A4, its original seen by the partner. */
    private static final Map<String, Object> COPY = Map.of("language", "zh", "a4", true, "originalReviewed", true);

    /** Facts of an applicant at an enterprise whose documents are in English and in the applicant's language. */
    public Map<String, Object> facts(String track) {
        return Map.of("track", track, "employerKind", "ENTERPRISE",
                "documentLanguages", List.of("en", applicant.language()));
    }

    /** Metadata of the base-list document {@code code} that its rules accept today. */
    public Map<String, Object> acceptable(String code) {
        return new HashMap<>(switch (code) {
            case "PHOTOS" -> Map.of("printedCount", 2, "digitalCount", 1, "digitalMedium", "CD",
                    "takenOn", today.minusMonths(1).toString(), "background", "WHITE", "bareheaded", true,
                    "frontFacing", true, "size", "TWO_INCH", "colour", true);
            case "PASSPORT" -> Map.of("validFrom", today.minusYears(5).toString(),
                    "validUntil", today.plusYears(5).toString(), "presentation", Map.of("language", "en",
                            "translatedWithSeal", true, "a4", true, "originalReviewed", true));
            case "RESIDENCE_PERMITS" -> Map.of("permits", List.of(Map.of("purpose", "EMPLOYMENT",
                    "issuedInBeijing", true, "validFrom", today.minusYears(5).toString(),
                    "validTo", today.plusYears(1).toString())), "presentation", COPY);
            case "NO_CRIMINAL_RECORD" -> Map.of("issuingCountry", applicant.country(),
                    "issuedOn", today.minusMonths(2).toString(), "presentation", Map.of("issuedAbroad", true,
                            "language", applicant.language(), "consularCertified", true, "translatedWithSeal", true));
            case "MEDICAL_CERTIFICATE" -> medicalCertificate(today.minusMonths(1));
            case "EMPLOYMENT_CERTIFICATE" -> Map.of("employer", EMPLOYER, "position", POSITION,
                    "rank", "ASSOCIATE_RESEARCHER", "heldSince", today.minusYears(5).toString(),
                    "issuedOn", today.minusDays(10).toString(), "holder", holder());
            case "TAX_CERTIFICATES" -> Map.of("issuedByTaxAuthority", true, "periods", List.of(Map.of(
                    "from", YearMonth.from(today).minusMonths(60).toString(),
                    "to", YearMonth.from(today).minusMonths(1).toString())), "presentation", COPY);
            case "WORK_PERMIT" -> workPermit(POSITION);
            case "RESUME" -> Map.of("turned18In", applicant.turned18In().toString(), "entries", List.of(
                    Map.of("from", applicant.turned18In().toString(), "to", "2010-06", "activity", "Studies"),
                    Map.of("from", "2010-07", "activity", "Research")));
            default -> throw new IllegalArgumentException(code);
        });
    }

    /** A medical certificate of the designated health quarantine department, issued on {@code issuedOn}. */
    public Map<String, Object> medicalCertificate(LocalDate issuedOn) {
        return Map.of("issuer", "DESIGNATED_HEALTH_QUARANTINE_DEPARTMENT", "issuedOn", issuedOn.toString(),
                "presentation", COPY);
    }

    /** The applicant's work permit for {@code position} at the employer of the employment certificate. */
    public Map<String, Object> workPermit(String position) {
        return Map.of("kind", "FOREIGNERS_WORK_PERMIT", "employer", EMPLOYER, "position", position,
                "holder", holder(), "validity", List.of(Map.of(
                        "from", today.minusYears(5).toString(), "to", today.plusYears(1).toString())),
                "presentation", COPY);
    }

    private Map<String, Object> holder() {
        return Map.of("name", applicant.name(), "passportNumber", applicant.passportNumber());
    }
}
