package cn.zgc.residence.fees.rest;

import static cn.zgc.residence.fees.FeesTestData.asImmigration;
import static cn.zgc.residence.fees.FeesTestData.asPartner;
import static cn.zgc.residence.fees.FeesTestData.cny;
import static cn.zgc.residence.fees.FeesTestData.invoice;
import static cn.zgc.residence.fees.FeesTestData.issueInvoice;
import static cn.zgc.residence.fees.FeesTestData.payment;
import static cn.zgc.residence.fees.FeesTestData.uniquePartner;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.fees.FeesTestData;
import cn.zgc.residence.testsupport.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class InvoicePaymentTest {

    @Test
    void immigrationIssuesACertificateInvoicePricedWithTheScheduleInForce() {
        String partner = uniquePartner("p-cert");
        String id = issueInvoice(partner, "CERTIFICATE_PRODUCTION", "REISSUANCE");
        invoice(partner, id).jsonPath();
        asPartner(partner).get("/api/v1/invoices/" + id).then().statusCode(200)
                .body("origin", equalTo("OFFICER"))
                .body("trigger", equalTo(null))
                .body("status", equalTo("ISSUED"))
                .body("lines", hasSize(2))
                .body("total", equalTo(cny("900.00")))
                .body("due", equalTo(cny("900.00")))
                .body("currency", equalTo("CNY"));
        EventProbe.awaitRecords(Topics.FEES_INVOICES, 1, r -> id.equals(r.key())
                && EventProbe.header(r, "ce_type").orElse("").equals(EventType.INVOICE_ISSUED.ceType()));
    }

    @Test
    void refusesAHandIssuedInvoiceForTheFirstApplication() {
        asImmigration().body("""
                        {"partnerId": "p-x", "services": ["FIRST_APPLICATION"]}""")
                .post("/api/v1/invoices").then().statusCode(400)
                .body("errors[0].field", equalTo("services[0]"));
    }

    @Test
    void refusesAPartnerIssuingAnInvoice() {
        asPartner("p-x").body("""
                        {"partnerId": "p-x", "services": ["REPLACEMENT"]}""")
                .post("/api/v1/invoices").then().statusCode(403);
    }

    @Test
    void anotherPartnerSeesNotFound() {
        String owner = uniquePartner("p-owner");
        String id = issueInvoice(owner, "REPLACEMENT");
        asPartner(uniquePartner("p-other")).get("/api/v1/invoices/" + id).then().statusCode(404)
                .contentType("application/problem+json");
        asPartner(uniquePartner("p-other")).header("Idempotency-Key", "k1").body(payment("300.00", "R1"))
                .post("/api/v1/invoices/" + id + "/payments").then().statusCode(404);
        String dossier = invoice(owner, id).path("dossierId");
        asPartner(uniquePartner("p-other")).queryParam("dossierId", dossier).get("/api/v1/invoices")
                .then().statusCode(404);
        asPartner(owner).queryParam("dossierId", dossier).get("/api/v1/invoices")
                .then().statusCode(200).body("id", equalTo(List.of(id)));
    }

    @Test
    void theSameKeyAndBodyAnswerTheSamePayment() {
        String partner = uniquePartner("p-idem");
        String id = issueInvoice(partner, "REISSUANCE");
        String first = asPartner(partner).header("Idempotency-Key", "pay-1").body(payment("100.00", "ICBC-1"))
                .post("/api/v1/invoices/" + id + "/payments").then().statusCode(201)
                .header("Location", containsString("/api/v1/invoices/" + id + "/payments/"))
                .extract().path("id");
        String again = asPartner(partner).header("Idempotency-Key", "pay-1").body(payment("100.00", "ICBC-1"))
                .post("/api/v1/invoices/" + id + "/payments").then().statusCode(200).extract().path("id");
        assertEquals(first, again);
        asPartner(partner).get("/api/v1/invoices/" + id).then()
                .body("payments", hasSize(1)).body("payments[0].status", equalTo("PENDING"))
                .body("paid", equalTo(cny("0.00"))).body("pending", equalTo(cny("100.00")))
                .body("due", equalTo(cny("600.00")));
    }

    @Test
    void aUsedKeyWithAnotherBodyIsUnprocessable() {
        String partner = uniquePartner("p-idem");
        String id = issueInvoice(partner, "REISSUANCE");
        asPartner(partner).header("Idempotency-Key", "pay-2").body(payment("100.00", "ICBC-2"))
                .post("/api/v1/invoices/" + id + "/payments").then().statusCode(201);
        asPartner(partner).header("Idempotency-Key", "pay-2").body(payment("200.00", "ICBC-2"))
                .post("/api/v1/invoices/" + id + "/payments").then().statusCode(422)
                .body("type", equalTo("urn:zgc:problem:idempotency-key-reused"));
        asPartner(partner).get("/api/v1/invoices/" + id).then().body("pending", equalTo(cny("100.00")))
                .body("payments", hasSize(1));
    }

    @Test
    void payingMoreThanIsDueIsAConflict() {
        String partner = uniquePartner("p-over");
        String id = issueInvoice(partner, "REPLACEMENT");
        asPartner(partner).header("Idempotency-Key", "over-1").body(payment("300.01", "ICBC-3"))
                .post("/api/v1/invoices/" + id + "/payments").then().statusCode(409)
                .contentType("application/problem+json");
        asPartner(partner).get("/api/v1/invoices/" + id).then().body("payments", hasSize(0));
    }

    @Test
    void parallelDeclarationsNeverExceedWhatIsDue() throws Exception {
        String partner = uniquePartner("p-race");
        String id = issueInvoice(partner, "REPLACEMENT");
        int requests = 8;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                String key = "race-" + i;
                Callable<Integer> pay = () -> {
                    start.await();
                    return asPartner(partner).header("Idempotency-Key", key).body(payment("100.00", key))
                            .post("/api/v1/invoices/" + id + "/payments").then().extract().statusCode();
                };
                statuses.add(pool.submit(pay));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get());
            }
            assertEquals(3, answered.stream().filter(s -> s == 201).count(), "answers: " + answered);
            assertEquals(requests - 3, answered.stream().filter(s -> s == 409).count(), "answers: " + answered);
        } finally {
            pool.shutdownNow();
        }
        JsonPath declared = invoice(partner, id).jsonPath();
        assertEquals(cny("300.00"), declared.get("pending"));
        assertEquals(cny("0.00"), declared.get("paid"));
        assertEquals("ISSUED", declared.get("status"), "declared is not paid until immigration confirms");
        assertEquals(3, declared.getList("payments").size());
    }

    @Test
    void immigrationRefundsConfirmedMoneyWithAReasonAndTheRefundIsAudited() {
        String partner = uniquePartner("p-refund");
        String id = issueInvoice(partner, "CERTIFICATE_PRODUCTION");
        String paymentId = asPartner(partner).header("Idempotency-Key", "r-1").body(payment("300.00", "WX-1"))
                .post("/api/v1/invoices/" + id + "/payments").then().statusCode(201).extract().path("id");
        // declared money is not kept until it is confirmed: nothing to refund yet
        asImmigration().body("""
                        {"amount": 300.00, "reason": "too early"}""")
                .post("/api/v1/invoices/" + id + "/refunds").then().statusCode(409);
        FeesTestData.confirm(id, paymentId).then().statusCode(200);
        asPartner(partner).body("""
                        {"amount": 300.00, "reason": "certificate not needed"}""")
                .post("/api/v1/invoices/" + id + "/refunds").then().statusCode(403);
        asImmigration().body("""
                        {"amount": 300.01, "reason": "too much"}""")
                .post("/api/v1/invoices/" + id + "/refunds").then().statusCode(409);
        asImmigration().body("""
                        {"amount": 300.00, "reason": "Certificate production cancelled"}""")
                .post("/api/v1/invoices/" + id + "/refunds").then().statusCode(201)
                .header("Location", containsString("/refunds/"))
                .body("refundedBy", equalTo("immigration-1"))
                .body("reason", equalTo("Certificate production cancelled"))
                .body("amount", equalTo(cny("300.00")));
        asPartner(partner).get("/api/v1/invoices/" + id).then()
                .body("status", equalTo("REFUNDED"))
                .body("refunded", equalTo(cny("300.00")))
                .body("refunds[0].refundedBy", equalTo("immigration-1"))
                .body("refunds[0].refundedAt", containsString("+08:00"));
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            '{"amount": -5.00, "channel": "ALIPAY", "externalReference": "x"}'                  | amount            | a negative amount
            '{"amount": 0.00, "channel": "ALIPAY", "externalReference": "x"}'                   | amount            | nothing paid
            '{"amount": 10.005, "channel": "ALIPAY", "externalReference": "x"}'                 | amount            | a fraction of a fen
            '{"amount": 10.00, "currency": "HKD", "channel": "ALIPAY", "externalReference": "x"}' | currency        | a currency other than CNY
            '{"amount": 10.00, "channel": "BITCOIN", "externalReference": "x"}'                 | channel           | an unknown channel
            '{"amount": 10.00, "channel": "ALIPAY"}'                                            | externalReference | no external reference
            '{"amount": "ten", "channel": "ALIPAY", "externalReference": "x"}'                  | amount            | an amount that is not a number
            """)
    void rejectsBadPaymentsNamingTheFieldAndStoresNothing(String body, String field, String reason) {
        String partner = uniquePartner("p-bad");
        String id = issueInvoice(partner, "REPLACEMENT");
        asPartner(partner).header("Idempotency-Key", UUID.randomUUID().toString()).body(body)
                .post("/api/v1/invoices/" + id + "/payments").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field.any { it.startsWith('" + field + "') }", equalTo(true));
        asPartner(partner).get("/api/v1/invoices/" + id).then().body("payments", hasSize(0))
                .body("paid", equalTo(cny("0.00")));
    }

    @Test
    void rejectsAPaymentWithoutAnIdempotencyKey() {
        String partner = uniquePartner("p-nokey");
        String id = issueInvoice(partner, "REPLACEMENT");
        asPartner(partner).body(payment("10.00", "x")).post("/api/v1/invoices/" + id + "/payments")
                .then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
