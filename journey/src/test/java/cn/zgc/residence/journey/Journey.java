package cn.zgc.residence.journey;

import static io.restassured.RestAssured.given;

import cn.zgc.residence.testsupport.Tokens;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The requests of the journey, as a partner portal, the committee and the hall make them; one test-data builder. */
public final class Journey {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final LocalDate TODAY = LocalDate.now(BEIJING);
    public static final List<String> BASE_DOCUMENTS = List.of("PHOTOS", "PASSPORT", "RESIDENCE_PERMITS",
            "NO_CRIMINAL_RECORD", "MEDICAL_CERTIFICATE", "EMPLOYMENT_CERTIFICATE", "TAX_CERTIFICATES", "WORK_PERMIT",
            "RESUME");
    /** Personal data the journey sends; it must never appear in a log or an event. */
    public static final String APPLICANT_NAME = "Ingrid Vestergaard-Lindqvist";
    public static final String PASSPORT_NUMBER = "X9Q4471ZK";

    private static final Map<String, Object> COPY = Map.of("language", "zh", "a4", true, "originalReviewed", true);
    private static final Map<String, Object> HOLDER = Map.of("name", APPLICANT_NAME, "passportNumber", PASSPORT_NUMBER);

    private final String baseUrl;
    private final Filter[] filters;

    Journey(String baseUrl, Filter... filters) {
        this.baseUrl = baseUrl;
        this.filters = filters;
    }

    RequestSpecification as(String token) {
        RequestSpecification spec = given().baseUri(baseUrl).auth().oauth2(token).contentType(ContentType.JSON);
        for (Filter filter : filters) {
            spec = spec.filter(filter);
        }
        return spec;
    }

    RequestSpecification partner(String partnerId) {
        return as(Tokens.partner(partnerId));
    }

    /** The Zhongguancun Administrative Committee: criteria and recommendation letters. */
    RequestSpecification committee() {
        return as(Tokens.committee("committee-journey"));
    }

    /** The Exit-Entry Administration's hall: review, acceptance, decision, card, payment confirmation. */
    RequestSpecification immigration() {
        return as(Tokens.immigration("immigration-journey"));
    }

    /** The base-list items whose rules need a file: each photocopy (an A4 PDF) and the digital photo (a JPEG). */
    public static final List<String> WITH_FILES = List.of("PHOTOS", "PASSPORT", "RESIDENCE_PERMITS",
            "MEDICAL_CERTIFICATE", "TAX_CERTIFICATES", "WORK_PERMIT");
    /** Printed on every generated page, beside the applicant's name and passport number, as a scan would carry them. */
    public static final String SCAN_MARKER = "ZGC-JOURNEY-SCAN-7d41";

    private static final Map<String, byte[]> FILES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The file the item's rules accept, generated once: an A4 PDF whose pages carry the applicant's name and passport
     * number in plain text (four pages for the four years of tax certificates), or the digital photo as a JPEG.
     */
    public static byte[] file(String code) {
        return FILES.computeIfAbsent(code, c -> switch (c) {
            case "PHOTOS" -> JourneyFiles.photo();
            case "TAX_CERTIFICATES" -> JourneyFiles.a4Pdf(4, APPLICANT_NAME + " " + PASSPORT_NUMBER + " " + SCAN_MARKER);
            default -> JourneyFiles.a4Pdf(1, APPLICANT_NAME + " " + PASSPORT_NUMBER + " " + SCAN_MARKER);
        });
    }

    /** The path of an item's files. */
    public static String files(String dossierId, String code) {
        return "/api/v1/dossiers/" + dossierId + "/items/" + code + "/files";
    }

    /** Uploads every file the base list needs to the dossier; returns the file ids by item. */
    Map<String, String> uploadFiles(String partnerId, String dossierId) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String code : WITH_FILES) {
            ids.put(code, partner(partnerId).contentType(code.equals("PHOTOS") ? "image/jpeg" : "application/pdf")
                    .body(file(code)).post(files(dossierId, code)).then().statusCode(201).extract().path("id"));
        }
        return ids;
    }

    /** The applicant's facts the partner sends once the letter opened the dossier: the base list applies. */
    public static Map<String, Object> facts() {
        return Map.of("track", "TECHNICAL_TALENT", "employerKind", "ENTERPRISE", "documentLanguages", List.of("en", "da"));
    }

    /** A technical talent who scores exactly 70 on the baseline criteria: eligible. */
    public static Map<String, Object> eligibleAssessment(String applicantRef) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("employerZhongguancunHighTechInScope", true);
        facts.put("position", "DIRECTOR");
        facts.put("headsRndTeam", false);
        facts.put("education", "DOCTORATE");
        facts.put("age", 35);
        facts.put("yearsOfRelevantExperience", 10);
        facts.put("previousYearSalaryCny", 500000.00);
        facts.put("inventionPatents", 1);
        facts.put("awards", 0);
        facts.put("internationalCertificates", 1);
        facts.put("field", "ARTIFICIAL_INTELLIGENCE");
        facts.put("zhongguancunEmploymentSince", TODAY.minusYears(1).toString());
        facts.put("hskLevel", 0);
        return Map.of("applicantRef", applicantRef, "track", "TECHNICAL_TALENT", "facts", facts);
    }

    /** Metadata of each base-list document that its rules accept today. */
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
            case "NO_CRIMINAL_RECORD" -> Map.of("issuingCountry", "DNK", "issuedOn", TODAY.minusMonths(2).toString(),
                    "presentation", Map.of("issuedAbroad", true, "language", "da", "consularCertified", true,
                            "translatedWithSeal", true));
            case "MEDICAL_CERTIFICATE" -> medicalCertificate(TODAY.minusMonths(1));
            case "EMPLOYMENT_CERTIFICATE" -> Map.of("employer", "Zhongguancun Quantum Lab Ltd",
                    "position", "Chief Scientist", "rank", "ASSOCIATE_RESEARCHER",
                    "heldSince", TODAY.minusYears(5).toString(), "issuedOn", TODAY.minusDays(10).toString(),
                    "holder", HOLDER);
            case "TAX_CERTIFICATES" -> Map.of("issuedByTaxAuthority", true, "periods", List.of(Map.of(
                    "from", YearMonth.from(TODAY).minusMonths(60).toString(),
                    "to", YearMonth.from(TODAY).minusMonths(1).toString())), "presentation", COPY);
            case "WORK_PERMIT" -> Map.of("kind", "FOREIGNERS_WORK_PERMIT", "employer", "Zhongguancun Quantum Lab Ltd",
                    "position", "Chief Scientist", "holder", HOLDER, "validity", List.of(Map.of(
                            "from", TODAY.minusYears(5).toString(), "to", TODAY.plusYears(1).toString())),
                    "presentation", COPY);
            case "RESUME" -> Map.of("turned18In", "2004-03", "entries", List.of(
                    Map.of("from", "2004-03", "to", "2010-06", "activity", "Studies"),
                    Map.of("from", "2010-07", "activity", "Research")));
            default -> throw new IllegalArgumentException(code);
        });
    }

    public static Map<String, Object> medicalCertificate(LocalDate issuedOn) {
        return Map.of("issuer", "DESIGNATED_HEALTH_QUARANTINE_DEPARTMENT", "issuedOn", issuedOn.toString(),
                "presentation", COPY);
    }

    public static Map<String, Object> payment(String amount) {
        return Map.of("amount", new java.math.BigDecimal(amount), "currency", "CNY", "channel", "BANK_TRANSFER",
                "externalReference", "BANK-" + System.nanoTime());
    }
}
