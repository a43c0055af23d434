package cn.zgc.residence.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import cn.zgc.residence.testsupport.documents.DocumentRequests;
import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The whole journey through the gateway only, on the packaged applications with real tokens, every response
 * checked against the gateway's merged OpenAPI document.
 */
class JourneyIT {

    /** The hall the journey applies at: it takes permanent-residence applications. */
    private static final String HALL = "zhongguancun-center";

    private static RunningSet set;
    private static Journey journey;

    @BeforeAll
    static void start() throws Exception {
        set = RunningSet.get();
        // the gateway rebuilds its merged document while services start: wait until every service is in it
        String document = await("every service in the merged OpenAPI document").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> RestAssured.given().baseUri(set.gatewayUrl()).queryParam("format", "json")
                        .get("/openapi").then().statusCode(200).extract().asString(),
                        d -> !d.contains("x-zgc-unavailable-services") && d.contains("/api/v1/halls/next-opening")
                                && d.contains("/api/v1/dossiers/{id}/submission"));
        Path spec = set.logs().resolveSibling("merged-openapi.json");
        Files.writeString(spec, document);
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForSpecificationUrl(spec.toUri().toString())
                .withLevelResolver(LevelResolver.create()
                        // requests are ours; what is checked is that every answer is declared and matches its schema
                        .withLevel("validation.request", ValidationReport.Level.IGNORE)
                        .build())
                .build();
        journey = new Journey(set.gatewayUrl(), new OpenApiValidationFilter(validator));
    }

    @Test
    void aPartnerTakesAnEligibleApplicantFromAssessmentToTheCollectedCard() {
        String partner = "P-" + UUID.randomUUID().toString().substring(0, 8);
        String stranger = "P-" + UUID.randomUUID().toString().substring(0, 8);
        String applicantRef = "APP-" + UUID.randomUUID().toString().substring(0, 8);

        // 0. both partners' portals subscribe to their cases' events (notifications-service, signed webhooks)
        PartnerEndpoint endpoint = new PartnerEndpoint();
        PartnerEndpoint strangersEndpoint = new PartnerEndpoint();
        List<String> wanted = List.of("DossierOpened", "DossierAccepted", "DossierDecided", "CardCollected");
        endpoint.verifyWith(journey.partner(partner).body(Map.of("url", endpoint.url(), "eventTypes", wanted))
                .post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("secret"));
        strangersEndpoint.verifyWith(journey.partner(stranger).body(Map.of("url", strangersEndpoint.url(),
                "eventTypes", wanted)).post("/api/v1/webhook-subscriptions").then().statusCode(201).extract().path("secret"));

        // 1. the partner assesses an eligible applicant
        String assessmentId = journey.partner(partner).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Journey.eligibleAssessment(applicantRef))
                .post("/api/v1/assessments")
                .then().statusCode(201).header("Location", startsWith("http"))
                .body("eligible", equalTo(true)).body("total", equalTo(70))
                .extract().path("id");

        // 2. the committee issues the recommendation letter
        String letter = journey.committee().post("/api/v1/assessments/" + assessmentId + "/recommendation")
                .then().statusCode(201).extract().path("letterNumber");
        assertThat(letter).matches("ZGC-\\d{4}-\\d{6}");

        // 3. the letter opens the dossier by itself, with the letter's number
        String dossierId = await("dossier opened").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> dossierOf(partner, assessmentId), id -> id != null);
        journey.partner(partner).get("/api/v1/dossiers/" + dossierId).then().statusCode(200)
                .body("state", equalTo("OPEN")).body("letter.number", equalTo(letter));

        // 4. the partner sends the applicant's facts, uploads the scans (an A4 PDF per photocopy, the digital photo as
        //    a JPEG), then every document; the medical certificate fails, then passes
        journey.partner(partner).body(Journey.DOCUMENTS.facts("TECHNICAL_TALENT"))
                .put("/api/v1/dossiers/" + dossierId + "/facts")
                .then().statusCode(200).body("factsConfirmed", equalTo(true));
        Map<String, String> fileIds = journey.uploadFiles(partner, dossierId);
        for (String code : DocumentRequests.BASE_LIST) {
            Map<String, Object> metadata = code.equals("MEDICAL_CERTIFICATE")
                    ? Journey.DOCUMENTS.medicalCertificate(Journey.TODAY.minusMonths(7))
                    : Journey.DOCUMENTS.acceptable(code);
            String verdict = journey.partner(partner).body(metadata)
                    .put("/api/v1/dossiers/" + dossierId + "/documents/" + code)
                    .then().statusCode(200).extract().path("rulesVerdict");
            assertThat(verdict).as(code).isEqualTo(code.equals("MEDICAL_CERTIFICATE") ? "NOT_SATISFIED" : "SATISFIED");
        }
        journey.partner(partner).body(Journey.DOCUMENTS.acceptable("MEDICAL_CERTIFICATE"))
                .put("/api/v1/dossiers/" + dossierId + "/documents/MEDICAL_CERTIFICATE")
                .then().statusCode(200).body("rulesVerdict", equalTo("SATISFIED")).body("dossierState", equalTo("READY"));

        // the passport's scan comes back byte for byte, its digest in Repr-Digest; the officer reads it too, the other
        // partner cannot
        byte[] passport = journey.partner(partner).accept("application/pdf")
                .get(Journey.files(dossierId, "PASSPORT") + "/" + fileIds.get("PASSPORT"))
                .then().statusCode(200).contentType("application/pdf").header("Repr-Digest", startsWith("sha-256=:"))
                .extract().asByteArray();
        assertThat(passport).isEqualTo(Journey.FILES.acceptable("PASSPORT"));
        journey.immigration().accept("image/jpeg").get(Journey.files(dossierId, "PHOTOS") + "/" + fileIds.get("PHOTOS"))
                .then().statusCode(200).contentType("image/jpeg");
        journey.partner(stranger).get(Journey.files(dossierId, "PASSPORT") + "/" + fileIds.get("PASSPORT"))
                .then().statusCode(404);

        // 5. which halls take a permanent-residence application, and when they next open
        List<String> halls = journey.partner(partner).queryParam("category", "PERMANENT_RESIDENCE")
                .get("/api/v1/halls/next-opening")
                .then().statusCode(200).extract().path("hallId");
        assertThat(halls).isNotEmpty().containsAnyOf("beijing-reception-hall", "zhongguancun-center")
                .doesNotContain("tongzhou-center", "shijingshan-center");

        // 6. the partner books an appointment at the hall and submits the dossier for it; offices-service is asked
        //    whether the appointment is BOOKED, for this dossier, at this hall; an appointment it does not know is refused.
        journey.partner(partner).body(Map.of("hallId", HALL, "appointmentId", UUID.randomUUID().toString()))
                .post("/api/v1/dossiers/" + dossierId + "/submission").then().statusCode(422);
        String appointmentId = book(partner, dossierId);
        journey.partner(partner).body(Map.of("hallId", HALL, "appointmentId", appointmentId))
                .post("/api/v1/dossiers/" + dossierId + "/submission")
                .then().statusCode(200).body("state", equalTo("SUBMITTED"));

        // 7. the hall sees each original and confirms every item, then accepts the application as of its today
        for (String code : DocumentRequests.BASE_LIST) {
            journey.immigration().body(Map.of("verdict", "CONFIRMED", "originalSeen", true))
                    .post("/api/v1/dossiers/" + dossierId + "/items/" + code + "/review").then().statusCode(200);
        }
        journey.immigration().post("/api/v1/dossiers/" + dossierId + "/acceptance")
                .then().statusCode(200).body("state", equalTo("ACCEPTED"))
                .body("acceptanceDate", equalTo(Journey.TODAY.toString()));

        // 8. FEES (fees-service): the first-application invoice falls due on DossierAccepted; the partner declares
        //    the payment, immigration confirms it, and the paid invoice (InvoicePaid) starts the examination.
        JsonPath invoice = await("invoice issued").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> invoiceOf(partner, dossierId), i -> i != null);
        String invoiceId = invoice.getString("id");
        assertThat(invoice.getString("total")).isIn("1500.0", "1500.00", "1500");
        String key = UUID.randomUUID().toString();
        Map<String, Object> payment = Journey.payment("1500.00");
        String paymentId = journey.partner(partner).header("Idempotency-Key", key).body(payment)
                .post("/api/v1/invoices/" + invoiceId + "/payments").then().statusCode(201).extract().path("id");
        journey.partner(partner).header("Idempotency-Key", key).body(payment)
                .post("/api/v1/invoices/" + invoiceId + "/payments")
                .then().statusCode(200).body("id", equalTo(paymentId));
        journey.immigration().post("/api/v1/invoices/" + invoiceId + "/payments/" + paymentId + "/confirmation")
                .then().statusCode(200);
        journey.partner(partner).get("/api/v1/invoices/" + invoiceId).then().statusCode(200).body("status", equalTo("PAID"));
        await("examination started").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> "UNDER_EXAMINATION".equals(journey.partner(partner).get("/api/v1/dossiers/" + dossierId)
                        .then().statusCode(200).extract().path("state")));

        // 9. the hall decides, the card is produced and collected
        journey.immigration().body(Map.of("outcome", "APPROVED", "reasonEn", "Every condition of the procedure is met",
                        "reasonZh", "符合全部申请条件"))
                .post("/api/v1/dossiers/" + dossierId + "/decision").then().statusCode(200).body("state", equalTo("APPROVED"));
        journey.immigration().post("/api/v1/dossiers/" + dossierId + "/card-production")
                .then().statusCode(200).body("state", equalTo("CARD_PRODUCED"));
        journey.immigration().post("/api/v1/dossiers/" + dossierId + "/card-collection")
                .then().statusCode(200).body("state", equalTo("COLLECTED"));
        journey.partner(partner).queryParam("size", "100").get("/api/v1/dossiers/" + dossierId + "/history")
                .then().statusCode(200).body("entries.findAll { it.kind == 'TRANSITION' }.action",
                        equalTo(List.of("BECOME_READY", "SUBMIT", "ACCEPT", "START_EXAMINATION", "APPROVE", "PRODUCE_CARD",
                                "COLLECT_CARD")));

        // 10. the partner's endpoint received every wanted event of its dossier, signed, once each; the other partner's
        //     endpoint received nothing of it
        await("the dossier's events at the partner's endpoint").atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> endpoint.deliveries().stream()
                        .filter(d -> dossierId.equals(d.event().path("data").path("dossierId").asText()))
                        .map(d -> d.event().path("type").asText()).toList(),
                        types -> types.containsAll(List.of("cn.zgc.documents.DossierOpened.v1",
                                "cn.zgc.documents.DossierAccepted.v1", "cn.zgc.documents.DossierDecided.v1",
                                "cn.zgc.documents.CardCollected.v1")));
        assertThat(endpoint.deliveries()).allMatch(PartnerEndpoint.Delivery::verified, "verified by the library")
                .extracting(PartnerEndpoint.Delivery::webhookId).doesNotHaveDuplicates();
        assertThat(strangersEndpoint.deliveries()).noneMatch(d -> d.event().toString().contains(dossierId));
        endpoint.close();
        strangersEndpoint.close();

        // 11. another partner sees none of it
        strangerSeesNothing(stranger, assessmentId, dossierId);
        journey.partner(stranger).get("/api/v1/invoices/" + invoiceId).then().statusCode(404);
        journey.partner(stranger).get("/api/v1/invoices/" + invoiceId + "/payments/" + paymentId).then().statusCode(404);
    }

    private static void strangerSeesNothing(String stranger, String assessmentId, String dossierId) {
        journey.partner(stranger).get("/api/v1/assessments/" + assessmentId).then().statusCode(404);
        journey.partner(stranger).get("/api/v1/dossiers/" + dossierId).then().statusCode(404);
        journey.partner(stranger).get("/api/v1/dossiers/" + dossierId + "/history").then().statusCode(404);
    }

    /** Books the first free slot at {@link #HALL} in the coming four weeks (offices-service's appointments). */
    private static String book(String partner, String dossierId) {
        List<String> starts = journey.partner(partner).queryParam("category", "PERMANENT_RESIDENCE")
                .queryParam("from", Journey.TODAY.plusDays(1).toString()).queryParam("to", Journey.TODAY.plusDays(28).toString())
                .queryParam("available", "true")
                .get("/api/v1/halls/" + HALL + "/slots").then().statusCode(200).extract().path("slots.startsAt");
        assertThat(starts).as("free slots at " + HALL).isNotEmpty();
        return journey.partner(partner).body(Map.of("dossierId", dossierId, "hallId", HALL, "startsAt", starts.get(0)))
                .post("/api/v1/appointments").then().statusCode(201).extract().path("id");
    }

    private static String dossierOf(String partner, String assessmentId) {
        // the partner finds the dossier its letter opened through the assessment's id
        List<Map<String, Object>> found = journey.partner(partner).queryParam("assessmentId", assessmentId)
                .get("/api/v1/dossiers").then().extract().path("dossiers");
        return found == null || found.isEmpty() ? null : (String) found.get(0).get("id");
    }

    private static JsonPath invoiceOf(String partner, String dossierId) {
        List<Map<String, Object>> found = journey.partner(partner).queryParam("dossierId", dossierId)
                .get("/api/v1/invoices").then().statusCode(200).extract().path("$");
        return found == null || found.isEmpty() ? null : journey.partner(partner)
                .get("/api/v1/invoices/" + found.get(0).get("id")).then().statusCode(200).extract().jsonPath();
    }
}
