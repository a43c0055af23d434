package cn.zgc.residence.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

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
    void aPartnerTakesAnEligibleApplicantFromAssessmentToTheHall() {
        String partner = "P-" + UUID.randomUUID().toString().substring(0, 8);
        String stranger = "P-" + UUID.randomUUID().toString().substring(0, 8);
        String applicantRef = "APP-" + UUID.randomUUID().toString().substring(0, 8);

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

        // 3. a dossier opens by itself
        String dossierId = await("dossier opened").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> dossierOf(partner, assessmentId), id -> id != null);

        // 4. the partner submits every document; the medical certificate is rejected, then corrected
        for (String code : Journey.BASE_DOCUMENTS) {
            Map<String, Object> metadata = code.equals("MEDICAL_CERTIFICATE")
                    ? Journey.medicalCertificate(Journey.TODAY.minusMonths(7))
                    : Journey.acceptable(code);
            String status = journey.partner(partner).body(metadata)
                    .put("/api/v1/dossiers/" + dossierId + "/documents/" + code)
                    .then().statusCode(200).extract().path("status");
            assertThat(status).as(code).isEqualTo(code.equals("MEDICAL_CERTIFICATE") ? "REJECTED" : "ACCEPTED");
        }
        journey.partner(partner).body(Map.of("acceptanceDate", Journey.TODAY.toString()))
                .post("/api/v1/dossiers/" + dossierId + "/submission")
                .then().statusCode(422).body("errors.field", hasItem("items.MEDICAL_CERTIFICATE"));
        journey.partner(partner).body(Journey.acceptable("MEDICAL_CERTIFICATE"))
                .put("/api/v1/dossiers/" + dossierId + "/documents/MEDICAL_CERTIFICATE")
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));

        // 5. the submission completes the dossier
        journey.partner(partner).body(Map.of("acceptanceDate", Journey.TODAY.toString()))
                .post("/api/v1/dossiers/" + dossierId + "/submission")
                .then().statusCode(200).body("status", equalTo("COMPLETE"));

        // 6. an invoice appears by itself, for the first application
        JsonPath invoice = await("invoice issued").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300))
                .until(() -> invoiceOf(partner, dossierId), i -> i != null);
        String invoiceId = invoice.getString("id");
        assertThat(invoice.getString("total")).isIn("1500.0", "1500.00", "1500");

        // 7. the partner pays; a retry with the same Idempotency-Key charges once
        String key = UUID.randomUUID().toString();
        Map<String, Object> payment = Journey.payment("1500.00");
        String paymentId = journey.partner(partner).header("Idempotency-Key", key).body(payment)
                .post("/api/v1/invoices/" + invoiceId + "/payments").then().statusCode(201).extract().path("id");
        journey.partner(partner).header("Idempotency-Key", key).body(payment)
                .post("/api/v1/invoices/" + invoiceId + "/payments")
                .then().statusCode(200).body("id", equalTo(paymentId));
        journey.partner(partner).get("/api/v1/invoices/" + invoiceId)
                .then().statusCode(200).body("status", equalTo("PAID"))
                .body("paid", equalTo(1500.0f)).body("due", equalTo(0.0f));

        // 8. which halls take a permanent-residence application, and when they next open
        List<String> halls = journey.partner(partner).queryParam("category", "PERMANENT_RESIDENCE")
                .get("/api/v1/halls/next-opening")
                .then().statusCode(200).extract().path("hallId");
        assertThat(halls).isNotEmpty().containsAnyOf("beijing-reception-hall", "zhongguancun-center")
                .doesNotContain("tongzhou-center", "shijingshan-center");

        // 9. another partner sees none of it
        journey.partner(stranger).get("/api/v1/assessments/" + assessmentId).then().statusCode(404);
        journey.partner(stranger).get("/api/v1/dossiers/" + dossierId).then().statusCode(404);
        journey.partner(stranger).get("/api/v1/invoices/" + invoiceId).then().statusCode(404);
        journey.partner(stranger).get("/api/v1/invoices/" + invoiceId + "/payments/" + paymentId).then().statusCode(404);
    }

    private static String dossierOf(String partner, String assessmentId) {
        // dossiers are found by the partner through the assessment's id: the gateway exposes no list, so ask by id
        List<Map<String, Object>> found = journey.partner(partner).queryParam("assessmentId", assessmentId)
                .get("/api/v1/dossiers").then().extract().path("$");
        return found == null || found.isEmpty() ? null : (String) found.get(0).get("id");
    }

    private static JsonPath invoiceOf(String partner, String dossierId) {
        List<Map<String, Object>> found = journey.partner(partner).queryParam("dossierId", dossierId)
                .get("/api/v1/invoices").then().statusCode(200).extract().path("$");
        return found == null || found.isEmpty() ? null : journey.partner(partner)
                .get("/api/v1/invoices/" + found.get(0).get("id")).then().statusCode(200).extract().jsonPath();
    }
}
