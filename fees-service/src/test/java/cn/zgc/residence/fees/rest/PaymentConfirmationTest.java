package cn.zgc.residence.fees.rest;

import static cn.zgc.residence.fees.FeesTestData.asCommittee;
import static cn.zgc.residence.fees.FeesTestData.asImmigration;
import static cn.zgc.residence.fees.FeesTestData.asPartner;
import static cn.zgc.residence.fees.FeesTestData.asRetiredOfficer;
import static cn.zgc.residence.fees.FeesTestData.cny;
import static cn.zgc.residence.fees.FeesTestData.confirm;
import static cn.zgc.residence.fees.FeesTestData.declare;
import static cn.zgc.residence.fees.FeesTestData.invoice;
import static cn.zgc.residence.fees.FeesTestData.issueInvoice;
import static cn.zgc.residence.fees.FeesTestData.payment;
import static cn.zgc.residence.fees.FeesTestData.reject;
import static cn.zgc.residence.fees.FeesTestData.uniquePartner;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.fees.FeesTestData;
import cn.zgc.residence.testsupport.EventProbe;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A payment the partner declares is PENDING until immigration confirms it or rejects it with a reason. */
@QuarkusTest
class PaymentConfirmationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aDeclaredPaymentIsPendingAndTheInvoiceIsNotPaid() {
        String partner = uniquePartner("p-pending");
        String id = issueInvoice(partner, "REPLACEMENT");
        asPartner(partner).header("Idempotency-Key", "full").body(payment("300.00", "ICBC-P1"))
                .post("/api/v1/invoices/" + id + "/payments").then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("decidedBy", nullValue())
                .body("decidedAt", nullValue());
        asPartner(partner).get("/api/v1/invoices/" + id).then().statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("paid", equalTo(cny("0.00")))
                .body("pending", equalTo(cny("300.00")))
                .body("due", equalTo(cny("300.00")))
                .body("paidAt", nullValue());
    }

    @Test
    void pendingPaymentsCountTowardWhatIsDue() {
        String partner = uniquePartner("p-open");
        String id = issueInvoice(partner, "REPLACEMENT");
        declare(partner, id, "200.00");
        asPartner(partner).header("Idempotency-Key", "too-much").body(payment("100.01", "ICBC-O1"))
                .post("/api/v1/invoices/" + id + "/payments").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("100.00 still open"));
        declare(partner, id, "100.00");
        asPartner(partner).get("/api/v1/invoices/" + id).then()
                .body("pending", equalTo(cny("300.00"))).body("status", equalTo("ISSUED"));
    }

    @Test
    void confirmationsThatCoverTheInvoiceMakeItPaidAndPublishInvoicePaidOnce() throws Exception {
        String partner = uniquePartner("p-confirm");
        String id = issueInvoice(partner, "REPLACEMENT");
        String first = declare(partner, id, "120.00");
        String second = declare(partner, id, "180.00");

        confirm(id, first).then().statusCode(200)
                .body("id", equalTo(first))
                .body("status", equalTo("CONFIRMED"))
                .body("decidedBy", equalTo("immigration-1"))
                .body("decidedAt", containsString("+08:00"));
        asPartner(partner).get("/api/v1/invoices/" + id).then()
                .body("status", equalTo("ISSUED"))
                .body("paid", equalTo(cny("120.00")))
                .body("pending", equalTo(cny("180.00")))
                .body("due", equalTo(cny("180.00")));
        JsonNode confirmed = JSON.readTree(awaitEvent(EventType.PAYMENT_CONFIRMED, id, first).value());
        assertEquals(partner, confirmed.path("partnerId").asText());
        assertEquals(0, cny("120.00").compareTo(confirmed.path("amount").decimalValue()));

        confirm(id, second).then().statusCode(200).body("status", equalTo("CONFIRMED"));
        asPartner(partner).get("/api/v1/invoices/" + id).then()
                .body("status", equalTo("PAID"))
                .body("paid", equalTo(cny("300.00")))
                .body("pending", equalTo(cny("0.00")))
                .body("due", equalTo(cny("0.00")))
                .body("paidAt", notNullValue());
        awaitEvent(EventType.PAYMENT_CONFIRMED, id, second);
        JsonNode paid = JSON.readTree(awaitEvent(EventType.INVOICE_PAID, id, id).value());
        assertEquals(true, paid.path("trigger").isNull() || paid.path("trigger").isMissingNode(),
                "a hand-issued invoice names no step: " + paid);
        assertEquals(1, events(EventType.INVOICE_PAID, id, id).size());
        asPartner(partner).header("Idempotency-Key", "after").body(payment("0.01", "UP-3"))
                .post("/api/v1/invoices/" + id + "/payments").then().statusCode(409);
    }

    @Test
    void payingTheAcceptanceInvoicePublishesInvoicePaidNamingTheStep() throws Exception {
        String partner = uniquePartner("p-accepted-paid");
        UUID dossier = UUID.randomUUID();
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, dossier.toString(), EventType.DOSSIER_ACCEPTED.ceType(),
                FeesTestData.dossierAccepted(dossier, partner, "FIRST_APPLICATION", LocalDate.of(2025, 12, 1)));
        String id = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
            List<String> ids = asPartner(partner).queryParam("dossierId", dossier.toString())
                    .get("/api/v1/invoices").then().statusCode(200).extract().path("id");
            return ids.isEmpty() ? null : ids.get(0);
        }, found -> found != null);

        FeesTestData.payConfirmed(partner, id, "1500.00");

        JsonNode paid = JSON.readTree(awaitEvent(EventType.INVOICE_PAID, id, id).value());
        assertEquals("ACCEPTED", paid.path("trigger").asText());
        assertEquals(dossier.toString(), paid.path("dossierId").asText());
    }

    @Test
    void aRejectionNeedsAReasonAndOpensTheAmountAgain() throws Exception {
        String partner = uniquePartner("p-reject");
        String id = issueInvoice(partner, "REPLACEMENT");
        String paymentId = declare(partner, id, "300.00");

        asImmigration().body("{}").post("/api/v1/invoices/" + id + "/payments/" + paymentId + "/rejection")
                .then().statusCode(400).body("errors[0].field", containsString("reason"));
        reject(id, paymentId, " ").then().statusCode(400);
        asPartner(partner).get("/api/v1/invoices/" + id + "/payments/" + paymentId).then()
                .body("status", equalTo("PENDING"));

        reject(id, paymentId, "No transfer with this reference reached the fee account").then().statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("No transfer with this reference reached the fee account"))
                .body("decidedBy", equalTo("immigration-1"));
        JsonNode rejected = JSON.readTree(awaitEvent(EventType.PAYMENT_REJECTED, id, paymentId).value());
        assertEquals("No transfer with this reference reached the fee account", rejected.path("reason").asText());
        assertEquals(partner, rejected.path("partnerId").asText());
        asPartner(partner).get("/api/v1/invoices/" + id).then()
                .body("status", equalTo("ISSUED"))
                .body("paid", equalTo(cny("0.00")))
                .body("pending", equalTo(cny("0.00")))
                .body("due", equalTo(cny("300.00")))
                .body("payments[0].rejectionReason", notNullValue());
        // the partner may declare the amount again, with a new key
        declare(partner, id, "300.00");
    }

    @Test
    void aDecidedPaymentIsNotDecidedAgain() {
        String partner = uniquePartner("p-decided");
        String id = issueInvoice(partner, "REISSUANCE");
        String confirmed = declare(partner, id, "100.00");
        String rejected = declare(partner, id, "100.00");
        confirm(id, confirmed).then().statusCode(200);
        reject(id, rejected, "Amount not received").then().statusCode(200);

        confirm(id, confirmed).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("CONFIRMED"));
        reject(id, confirmed, "too late").then().statusCode(409);
        confirm(id, rejected).then().statusCode(409).body("detail", containsString("REJECTED"));
        reject(id, rejected, "again").then().statusCode(409);
        asPartner(partner).get("/api/v1/invoices/" + id).then()
                .body("paid", equalTo(cny("100.00"))).body("pending", equalTo(cny("0.00")));
    }

    @Test
    void parallelDecisionsOnOnePaymentHaveExactlyOneWinner() throws Exception {
        String partner = uniquePartner("p-race-one");
        String id = issueInvoice(partner, "REPLACEMENT");
        String paymentId = declare(partner, id, "300.00");

        // six confirmations and two rejections at once
        List<Integer> answers = race(8, i -> (i < 6 ? confirm(id, paymentId)
                : reject(id, paymentId, "Race " + i)).then().extract().statusCode());

        assertEquals(1, answers.stream().filter(s -> s == 200).count(), "answers: " + answers);
        assertEquals(7, answers.stream().filter(s -> s == 409).count(), "answers: " + answers);
        JsonPath invoice = invoice(partner, id).jsonPath();
        String status = invoice.getString("payments[0].status");
        if (status.equals("CONFIRMED")) {
            assertEquals("PAID", invoice.getString("status"));
            assertEquals(cny("300.00"), invoice.get("paid"));
        } else {
            assertEquals("REJECTED", status);
            assertEquals(cny("0.00"), invoice.get("paid"));
        }
        assertEquals(cny("0.00"), invoice.get("pending"));
        EventType decided = status.equals("CONFIRMED") ? EventType.PAYMENT_CONFIRMED : EventType.PAYMENT_REJECTED;
        awaitEvent(decided, id, paymentId);
        assertEquals(1, events(EventType.PAYMENT_CONFIRMED, id, paymentId).size()
                + events(EventType.PAYMENT_REJECTED, id, paymentId).size());
    }

    @Test
    void parallelConfirmationsOfSeveralPaymentsAllCountAndPayTheInvoiceOnce() throws Exception {
        String partner = uniquePartner("p-race-many");
        String id = issueInvoice(partner, "REPLACEMENT");
        List<String> paymentIds = List.of(declare(partner, id, "100.00"), declare(partner, id, "100.00"),
                declare(partner, id, "100.00"));

        List<Integer> answers = race(3, i -> confirm(id, paymentIds.get(i)).then().extract().statusCode());

        assertEquals(List.of(200, 200, 200), answers);
        asPartner(partner).get("/api/v1/invoices/" + id).then()
                .body("status", equalTo("PAID")).body("paid", equalTo(cny("300.00")));
        awaitEvent(EventType.INVOICE_PAID, id, id);
        for (String paymentId : paymentIds) {
            awaitEvent(EventType.PAYMENT_CONFIRMED, id, paymentId);
        }
        assertEquals(1, events(EventType.INVOICE_PAID, id, id).size());
    }

    @Test
    void onlyImmigrationDecidesPayments() {
        String partner = uniquePartner("p-roles");
        String id = issueInvoice(partner, "REPLACEMENT");
        String paymentId = declare(partner, id, "300.00");
        String path = "/api/v1/invoices/" + id + "/payments/" + paymentId;

        asPartner(partner).post(path + "/confirmation").then().statusCode(403);
        asPartner(partner).body("{\"reason\": \"mine\"}").post(path + "/rejection").then().statusCode(403);
        asCommittee().post(path + "/confirmation").then().statusCode(403);
        asRetiredOfficer().post(path + "/confirmation").then().statusCode(403);
        asRetiredOfficer().body("{\"reason\": \"old role\"}").post(path + "/rejection").then().statusCode(403);
        // immigration confirms a declaration, it does not make one
        asImmigration().header("Idempotency-Key", UUID.randomUUID().toString()).body(payment("1.00", "HALL-1"))
                .post("/api/v1/invoices/" + id + "/payments").then().statusCode(403);
        asPartner(partner).get(path).then().body("status", equalTo("PENDING"));
    }

    @Test
    void decidingAnUnknownPaymentOrAnotherInvoicesPaymentIsNotFound() {
        String partner = uniquePartner("p-unknown");
        String id = issueInvoice(partner, "REPLACEMENT");
        String other = issueInvoice(partner, "REPLACEMENT");
        String paymentId = declare(partner, id, "300.00");

        confirm(id, UUID.randomUUID().toString()).then().statusCode(404).contentType("application/problem+json");
        confirm(UUID.randomUUID().toString(), paymentId).then().statusCode(404);
        confirm(other, paymentId).then().statusCode(404);
        reject(other, paymentId, "wrong invoice").then().statusCode(404);
        asPartner(partner).get("/api/v1/invoices/" + id + "/payments/" + paymentId).then()
                .body("status", equalTo("PENDING"));
    }

    @Test
    void immigrationSeesThePaymentsWaitingForItsDecision() {
        String partner = uniquePartner("p-worklist");
        String id = issueInvoice(partner, "REPLACEMENT");
        String waiting = declare(partner, id, "100.00");
        String decided = declare(partner, id, "100.00");
        confirm(id, decided).then().statusCode(200);

        // the worklist is oldest first: walk its pages until this payment shows, or it is exhausted
        List<String> seen = new ArrayList<>();
        JsonPath page = asImmigration().queryParam("size", 100).get("/api/v1/invoices/pending-payments")
                .then().statusCode(200).body("items.status", org.hamcrest.Matchers.everyItem(equalTo("PENDING")))
                .extract().jsonPath();
        long total = page.getLong("totalItems");
        for (int p = 0; p * 100L < total && !seen.contains(waiting); p++) {
            seen.addAll(asImmigration().queryParam("page", p).queryParam("size", 100)
                    .get("/api/v1/invoices/pending-payments").then().statusCode(200)
                    .extract().jsonPath().getList("items.id", String.class));
        }
        assertEquals(true, seen.contains(waiting), "the waiting payment is listed");
        assertEquals(false, seen.contains(decided), "a decided payment is not");
        asPartner(partner).get("/api/v1/invoices/pending-payments").then().statusCode(403);
        asImmigration().queryParam("size", 0).get("/api/v1/invoices/pending-payments").then().statusCode(400);
        asImmigration().get("/api/v1/invoices/" + id).then().statusCode(200)
                .body("payments.status", hasItem("PENDING"));
    }

    /** Runs the requests at once and answers their statuses in order. */
    private static List<Integer> race(int requests, IntFunction<Integer> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> statuses = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                int n = i;
                Callable<Integer> call = () -> {
                    start.await();
                    return request.apply(n);
                };
                statuses.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> answers = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answers.add(status.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private static ConsumerRecord<String, String> awaitEvent(EventType type, String invoiceId, String mentioned) {
        return EventProbe.awaitRecords(Topics.FEES_INVOICES, 1, r -> matches(r, type, invoiceId, mentioned)).get(0);
    }

    private static List<ConsumerRecord<String, String>> events(EventType type, String invoiceId, String mentioned) {
        return EventProbe.readAll(Topics.FEES_INVOICES, r -> matches(r, type, invoiceId, mentioned));
    }

    private static boolean matches(ConsumerRecord<String, String> r, EventType type, String invoiceId,
            String mentioned) {
        return invoiceId.equals(r.key()) && EventProbe.header(r, "ce_type").orElse("").equals(type.ceType())
                && r.value().contains(mentioned);
    }
}
