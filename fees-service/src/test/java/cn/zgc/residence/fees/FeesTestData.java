package cn.zgc.residence.fees;

import static io.restassured.RestAssured.given;

import cn.zgc.residence.testsupport.Tokens;
import io.restassured.RestAssured;
import io.restassured.config.JsonConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.path.json.config.JsonPathConfig;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

/** Requests and bodies the tests of this module share; every call makes its own ids. */
public final class FeesTestData {

    public static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    /** Amounts compare exactly, as BigDecimal, never as float. */
    private static RestAssuredConfig exactNumbers() {
        return RestAssured.config().jsonConfig(
                JsonConfig.jsonConfig().numberReturnType(JsonPathConfig.NumberReturnType.BIG_DECIMAL));
    }

    private FeesTestData() {
    }

    public static BigDecimal cny(String amount) {
        return new BigDecimal(amount);
    }

    public static LocalDate today() {
        return LocalDate.now(BEIJING);
    }

    public static String uniquePartner(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The Exit-Entry Administration: fee schedules, invoices by hand, payment decisions, refunds. */
    public static RequestSpecification asImmigration() {
        return given().config(exactNumbers()).auth().oauth2(Tokens.immigration()).contentType("application/json");
    }

    /** The Zhongguancun Administrative Committee: nothing in fees. */
    public static RequestSpecification asCommittee() {
        return given().config(exactNumbers()).auth().oauth2(Tokens.committee()).contentType("application/json");
    }

    /** A token with only the retired {@code officer} role: refused everywhere. */
    public static RequestSpecification asRetiredOfficer() {
        return given().config(exactNumbers()).auth().oauth2(Tokens.officer()).contentType("application/json");
    }

    public static RequestSpecification asPartner(String partnerId) {
        return given().config(exactNumbers()).auth().oauth2(Tokens.partner(partnerId)).contentType("application/json");
    }

    /** A year after every version published so far, so that a fixed-term version there overlaps nothing. */
    public static int freeYear() {
        io.restassured.path.json.JsonPath versions = asImmigration().get("/api/v1/fee-schedules").then().statusCode(200)
                .extract().jsonPath();
        int latest = java.util.stream.Stream.concat(versions.getList("effectiveFrom", String.class).stream(),
                        versions.getList("effectiveTo", String.class).stream())
                .filter(java.util.Objects::nonNull)
                .mapToInt(d -> LocalDate.parse(d).getYear()).max().orElse(2030);
        return Math.max(latest, 2030) + 1;
    }

    public static String scheduleBody(String version, String from, String to, String firstApplication) {
        return """
                {"version": "%s", "effectiveFrom": "%s", %s "currency": "CNY",
                 "items": [{"service": "FIRST_APPLICATION", "amount": %s},
                           {"service": "CERTIFICATE_PRODUCTION", "amount": 350.00},
                           {"service": "REPLACEMENT", "amount": 350.00},
                           {"service": "REISSUANCE", "amount": 700.00}]}"""
                .formatted(version, from, to == null ? "" : "\"effectiveTo\": \"" + to + "\",", firstApplication);
    }

    /** Publishes a fixed-term version for a whole free year; returns that year. */
    public static int publishYear(String version, String firstApplication) {
        int year = freeYear();
        asImmigration().body(scheduleBody(version, year + "-01-01", year + "-12-31", firstApplication))
                .post("/api/v1/fee-schedules").then().statusCode(201);
        return year;
    }

    /** Immigration's invoice for the partner's certificate services; returns the invoice id. */
    public static String issueInvoice(String partnerId, String... services) {
        String list = String.join(",", java.util.Arrays.stream(services).map(s -> "\"" + s + "\"").toList());
        return asImmigration().body("""
                        {"partnerId": "%s", "dossierId": "%s", "applicantRef": "A-%s", "services": [%s]}"""
                        .formatted(partnerId, UUID.randomUUID(), partnerId, list))
                .post("/api/v1/invoices").then().statusCode(201).extract().path("id");
    }

    public static ExtractableResponse<Response> invoice(String partnerId, String invoiceId) {
        return asPartner(partnerId).get("/api/v1/invoices/" + invoiceId).then().statusCode(200).extract();
    }

    public static String payment(String amount, String reference) {
        return """
                {"amount": %s, "currency": "CNY", "channel": "BANK_TRANSFER", "externalReference": "%s"}"""
                .formatted(amount, reference);
    }

    /** The partner declares a payment with a fresh key; returns the payment id (PENDING). */
    public static String declare(String partnerId, String invoiceId, String amount) {
        String key = UUID.randomUUID().toString();
        return asPartner(partnerId).header("Idempotency-Key", key).body(payment(amount, "REF-" + key))
                .post("/api/v1/invoices/" + invoiceId + "/payments").then().statusCode(201).extract().path("id");
    }

    public static Response confirm(String invoiceId, String paymentId) {
        return asImmigration().post("/api/v1/invoices/" + invoiceId + "/payments/" + paymentId + "/confirmation");
    }

    public static Response reject(String invoiceId, String paymentId, String reason) {
        return asImmigration().body("{\"reason\": \"" + reason + "\"}")
                .post("/api/v1/invoices/" + invoiceId + "/payments/" + paymentId + "/rejection");
    }

    /** The partner declares and immigration confirms; returns the payment id. */
    public static String payConfirmed(String partnerId, String invoiceId, String amount) {
        String paymentId = declare(partnerId, invoiceId, amount);
        confirm(invoiceId, paymentId).then().statusCode(200);
        return paymentId;
    }

    public static String dossierAccepted(UUID dossierId, String partnerId, String kind, LocalDate acceptedOn) {
        return """
                {"dossierId": "%s", "assessmentId": "%s", "partnerId": "%s", "applicantRef": "A-%s",
                 "applicationKind": "%s", "hallId": "zhongguancun-center", "acceptanceDate": "%s",
                 "acceptedAt": "%sT10:00:00+08:00"}"""
                .formatted(dossierId, UUID.randomUUID(), partnerId, partnerId, kind, acceptedOn, acceptedOn);
    }

    public static String dossierDecided(UUID dossierId, String partnerId, String outcome, LocalDate acceptedOn) {
        return """
                {"dossierId": "%s", "assessmentId": "%s", "partnerId": "%s", "applicantRef": "A-%s",
                 "outcome": "%s", "acceptanceDate": "%s", "decidedAt": "%sT15:00:00+08:00"}"""
                .formatted(dossierId, UUID.randomUUID(), partnerId, partnerId, outcome, acceptedOn,
                        acceptedOn.plusMonths(3));
    }

    /** DossierCompleted as documents-service published it before the hall's acceptance existed. */
    public static String dossierCompleted(UUID dossierId, String partnerId, String kind, LocalDate acceptedOn) {
        return """
                {"dossierId": "%s", "assessmentId": "%s", "partnerId": "%s", "applicantRef": "A-%s",
                 "applicationKind": "%s", "acceptanceDate": "%s", "completedAt": "%sT10:00:00+08:00"}"""
                .formatted(dossierId, UUID.randomUUID(), partnerId, partnerId, kind, acceptedOn, acceptedOn);
    }
}
