package cn.zgc.residence.journey;

import static io.restassured.RestAssured.given;

import cn.zgc.residence.testsupport.Tokens;
import cn.zgc.residence.testsupport.documents.Applicant;
import cn.zgc.residence.testsupport.documents.DocumentFiles;
import cn.zgc.residence.testsupport.documents.DocumentRequests;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** The requests of the journey, as a partner portal, the committee and the hall make them; one test-data builder. */
public final class Journey {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    public static final LocalDate TODAY = LocalDate.now(BEIJING);
    /** Personal data the journey sends; it must never appear in a log or an event. */
    public static final String APPLICANT_NAME = "Ingrid Vestergaard-Lindqvist";
    public static final String PASSPORT_NUMBER = "X9Q4471ZK";
    /** Printed on every generated page, beside the applicant's name and passport number, as a scan would carry them. */
    public static final String SCAN_MARKER = "ZGC-JOURNEY-SCAN-7d41";
    /** A Danish applicant who turned 18 in March 2004 (PersonalDataIT looks for that date). */
    public static final Applicant APPLICANT = new Applicant(APPLICANT_NAME, PASSPORT_NUMBER, "DNK", "da",
            YearMonth.of(2004, 3));
    /** The applicant's facts and documents as the rules accept them today. */
    public static final DocumentRequests DOCUMENTS = new DocumentRequests(APPLICANT, TODAY);
    /** The applicant's files: each PDF page shows her name and passport number in plain text, and the marker. */
    public static final DocumentFiles FILES = new DocumentFiles(
            APPLICANT_NAME + " " + PASSPORT_NUMBER + " " + SCAN_MARKER);

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

    /** The path of an item's files. */
    public static String files(String dossierId, String code) {
        return "/api/v1/dossiers/" + dossierId + "/items/" + code + "/files";
    }

    /** Uploads every file the base list needs to the dossier; returns the file ids by item. */
    Map<String, String> uploadFiles(String partnerId, String dossierId) {
        Map<String, String> ids = new LinkedHashMap<>();
        for (String code : DocumentFiles.WITH_FILES) {
            ids.put(code, partner(partnerId).contentType(DocumentFiles.mediaType(code)).body(FILES.acceptable(code))
                    .post(files(dossierId, code)).then().statusCode(201).extract().path("id"));
        }
        return ids;
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

    public static Map<String, Object> payment(String amount) {
        return Map.of("amount", new java.math.BigDecimal(amount), "currency", "CNY", "channel", "BANK_TRANSFER",
                "externalReference", "BANK-" + System.nanoTime());
    }
}
