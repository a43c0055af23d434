package cn.zgc.residence.documents;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.documents.files.SampleFiles;
import cn.zgc.residence.testsupport.EventProbe;
import cn.zgc.residence.testsupport.Tokens;
import cn.zgc.residence.testsupport.documents.Applicant;
import cn.zgc.residence.testsupport.documents.DocumentFiles;
import cn.zgc.residence.testsupport.documents.DocumentRequests;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** The steps of a dossier's life as tests take them: a letter opens it, then partner and hall move it. */
public final class Dossiers {

    public static final String HALL = "zhongguancun-center";
    public static final String BASE = "/api/v1/dossiers/";
    public static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    /** The applicant of the service's tests: her documents' metadata as the rules accept it today. */
    public static final DocumentRequests DOCUMENTS = new DocumentRequests(
            new Applicant("Anna Berg", "C01X00T47", "DEU", "de", YearMonth.of(2005, 9)), TODAY);
    /** Her files as the item rules accept them; each PDF page shows {@link SampleFiles#MARKER}. */
    public static final DocumentFiles FILES = new DocumentFiles(SampleFiles.MARKER);

    private Dossiers() {
    }

    public static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification immigration() {
        return as(Tokens.immigration("officer-" + UUID.randomUUID().toString().substring(0, 6)));
    }

    /** RecommendationIssued as eligibility-service publishes it. */
    public static String letter(UUID assessment, String partner, String applicantRef, String track, String number) {
        return """
                {"letterNumber": "%s", "assessmentId": "%s", "partnerId": "%s", "applicantRef": "%s",
                 "track": "%s", "total": 78, "criteriaVersion": "baseline-2026",
                 "issuedAt": "2026-03-01T10:00:00+08:00"}""".formatted(number, assessment, partner, applicantRef, track);
    }

    /** Sends a letter and waits for its dossier; returns the dossier id. */
    public static String open(String partner, UUID assessment, String applicantRef, String track) {
        EventProbe.send(Topics.ELIGIBILITY_RECOMMENDATIONS, assessment.toString(), EventType.RECOMMENDATION_ISSUED.ceType(),
                letter(assessment, partner, applicantRef, track, "ZGC-2026-" + assessment.toString().substring(0, 6)));
        return awaitDossier(partner, assessment);
    }

    public static String open(String partner) {
        UUID assessment = UUID.randomUUID();
        return open(partner, assessment, "APP-" + assessment.toString().substring(0, 8), "TECHNICAL_TALENT");
    }

    public static String awaitDossier(String partner, UUID assessment) {
        return await("the letter's dossier").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> {
                    List<String> ids = as(Tokens.partner(partner)).queryParam("assessmentId", assessment.toString())
                            .get("/api/v1/dossiers").then().statusCode(200).extract().path("dossiers.id");
                    return ids.isEmpty() ? null : ids.get(0);
                }, id -> id != null);
    }

    /** Uploads a file of item {@code code}; returns the file's id. */
    public static String upload(String partner, String dossier, String code, byte[] body) {
        return given().auth().oauth2(Tokens.partner(partner)).contentType("application/octet-stream").body(body)
                .post(BASE + dossier + "/items/" + code + "/files").then().statusCode(201).extract().path("id");
    }

    /** Every file the base list needs, each acceptable. */
    public static void uploadFiles(String partner, String dossier) {
        for (String code : DocumentFiles.WITH_FILES) {
            upload(partner, dossier, code, FILES.acceptable(code));
        }
    }

    /** Every base-list file and document acceptable today: the dossier is READY afterwards. */
    public static void makeReady(String partner, String dossier) {
        uploadFiles(partner, dossier);
        for (String code : DocumentRequests.BASE_LIST) {
            as(Tokens.partner(partner)).body(DOCUMENTS.acceptable(code)).put(BASE + dossier + "/documents/" + code)
                    .then().statusCode(200).body("rulesVerdict", equalTo("SATISFIED"));
        }
        as(Tokens.partner(partner)).get(BASE + dossier).then().statusCode(200).body("state", equalTo("READY"));
    }

    /** A dossier opened by a letter, with every base-list file and document acceptable: READY. */
    public static String openReady(String partner) {
        String dossier = open(partner);
        makeReady(partner, dossier);
        return dossier;
    }

    /** Submits to {@link #HALL} for a booked appointment. */
    public static void submit(String partner, String dossier) {
        UUID appointment = OfficesStub.booked(dossier, HALL);
        as(Tokens.partner(partner)).body(Map.of("hallId", HALL, "appointmentId", appointment))
                .post(BASE + dossier + "/submission").then().statusCode(200).body("state", equalTo("SUBMITTED"));
    }

    /** An officer confirms every item, each photocopy with its original seen. */
    public static void confirmAll(String dossier) {
        for (String code : DocumentRequests.BASE_LIST) {
            immigration().body(Map.of("verdict", "CONFIRMED", "originalSeen", true))
                    .post(BASE + dossier + "/items/" + code + "/review").then().statusCode(200);
        }
    }

    public static void accept(String dossier) {
        immigration().post(BASE + dossier + "/acceptance").then().statusCode(200).body("state", equalTo("ACCEPTED"));
    }

    /** fees-service's InvoicePaid for the dossier's first-application invoice (it fell due at acceptance). */
    public static UUID pay(String dossier, String partner) {
        return pay(dossier, partner, "ACCEPTED");
    }

    /** fees-service's InvoicePaid of an invoice issued at {@code trigger} (null: issued by hand). */
    public static UUID pay(String dossier, String partner, String trigger) {
        UUID invoice = UUID.randomUUID();
        // keyed by the partner (fees-service keys by invoice): one test's payments share a partition, so they are
        // applied in the order sent
        EventProbe.send(Topics.FEES_INVOICES, partner, EventType.INVOICE_PAID.ceType(), """
                {"invoiceId": "%s", "dossierId": "%s", "partnerId": "%s", "total": 1500.00, "currency": "CNY",
                 "paidAt": "2026-03-02T10:00:00+08:00", "trigger": %s}""".formatted(invoice, dossier, partner,
                trigger == null ? "null" : "\"" + trigger + "\""));
        return invoice;
    }

    /** Waits a moment and checks that what holds now still holds then: nothing late changes it. */
    public static void stays(java.util.concurrent.Callable<Boolean> condition) {
        await().during(Duration.ofMillis(1500)).atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(condition);
    }

    public static String state(String dossier) {
        return immigration().get(BASE + dossier).then().statusCode(200).extract().path("state");
    }

    public static void awaitState(String dossier, String state) {
        await("dossier " + state).atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> state.equals(state(dossier)));
    }

    /** The lifecycle events of the dossier on documents.dossiers, in order, by ce_type's event name. */
    public static List<String> events(String dossier) {
        return EventProbe.readAll(Topics.DOCUMENTS_DOSSIERS, r -> dossier.equals(r.key())).stream()
                .map(Dossiers::eventName).toList();
    }

    public static String eventName(ConsumerRecord<String, String> r) {
        String type = EventProbe.header(r, "ce_type").orElse("");
        return type.replace("cn.zgc.documents.", "").replace(".v1", "");
    }
}
