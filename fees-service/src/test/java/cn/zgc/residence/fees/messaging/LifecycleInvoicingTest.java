package cn.zgc.residence.fees.messaging;

import static cn.zgc.residence.fees.FeesTestData.asPartner;
import static cn.zgc.residence.fees.FeesTestData.cny;
import static cn.zgc.residence.fees.FeesTestData.dossierAccepted;
import static cn.zgc.residence.fees.FeesTestData.dossierCompleted;
import static cn.zgc.residence.fees.FeesTestData.dossierDecided;
import static cn.zgc.residence.fees.FeesTestData.uniquePartner;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** Fees fall due at the steps of the dossier's lifecycle that the charge rules name, once each. */
@QuarkusTest
class LifecycleInvoicingTest {

    private static final String DLQ = Topics.DOCUMENTS_DOSSIERS + Topics.DEAD_LETTER_SUFFIX;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theHallsAcceptanceInvoicesTheFirstApplicationAndInvoiceIssuedNamesTheStep() throws Exception {
        String partner = uniquePartner("p-accepted");
        UUID dossier = UUID.randomUUID();
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, dossier.toString(), EventType.DOSSIER_ACCEPTED.ceType(),
                dossierAccepted(dossier, partner, "FIRST_APPLICATION", LocalDate.of(2025, 9, 1)));

        ConsumerRecord<String, String> issued = EventProbe.awaitRecords(Topics.FEES_INVOICES, 1,
                r -> is(r, EventType.INVOICE_ISSUED) && r.value().contains(dossier.toString())).get(0);
        JsonNode event = JSON.readTree(issued.value());
        assertEquals("ACCEPTED", event.path("trigger").asText());
        assertEquals("FIRST_APPLICATION", event.path("items").get(0).asText());
        assertEquals(0, cny("1500.00").compareTo(event.path("total").decimalValue()));
        asPartner(partner).queryParam("dossierId", dossier.toString()).get("/api/v1/invoices")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo(issued.key()))
                .body("[0].origin", equalTo("DOSSIER"))
                .body("[0].trigger", equalTo("ACCEPTED"))
                .body("[0].applicationKind", equalTo("FIRST_APPLICATION"))
                .body("[0].scheduleVersion", equalTo("2004-baseline"))
                .body("[0].pricedOn", equalTo("2025-09-01"))
                .body("[0].lines[0].service", equalTo("FIRST_APPLICATION"))
                .body("[0].total", equalTo(cny("1500.00")))
                .body("[0].status", equalTo("ISSUED"));
    }

    @Test
    void approvalInvoicesCertificateProductionAndInvoiceIssuedNamesTheStep() throws Exception {
        String partner = uniquePartner("p-approved");
        UUID dossier = UUID.randomUUID();
        LocalDate accepted = LocalDate.of(2025, 10, 1);
        send(dossier, EventType.DOSSIER_ACCEPTED, dossierAccepted(dossier, partner, "FIRST_APPLICATION", accepted));
        send(dossier, EventType.DOSSIER_DECIDED, dossierDecided(dossier, partner, "APPROVED", accepted));

        ConsumerRecord<String, String> issued = EventProbe.awaitRecords(Topics.FEES_INVOICES, 1,
                r -> is(r, EventType.INVOICE_ISSUED) && r.value().contains(dossier.toString())
                        && r.value().contains("CERTIFICATE_PRODUCTION")).get(0);
        assertEquals("APPROVED", JSON.readTree(issued.value()).path("trigger").asText());
        JsonPath invoices = awaitInvoices(partner, dossier, 2);
        assertEquals(List.of("ACCEPTED", "APPROVED"), invoices.getList("trigger"));
        assertEquals(List.of("CERTIFICATE_PRODUCTION"), invoices.getList("find { it.trigger == 'APPROVED' }.lines.service"));
        assertEquals(cny("300.00"), invoices.get("find { it.trigger == 'APPROVED' }.total"));
        assertEquals(accepted.toString(), invoices.get("find { it.trigger == 'APPROVED' }.pricedOn"));
    }

    @Test
    void bothStepsArePricedWithTheScheduleInForceOnTheAcceptanceDate() {
        String partner = uniquePartner("p-priced");
        int year = FeesTestData.publishYear("lifecycle-" + FeesTestData.freeYear(), "1777.00");
        UUID dossier = UUID.randomUUID();
        LocalDate accepted = LocalDate.of(year, 3, 2);
        send(dossier, EventType.DOSSIER_ACCEPTED, dossierAccepted(dossier, partner, "FIRST_APPLICATION", accepted));
        send(dossier, EventType.DOSSIER_DECIDED, dossierDecided(dossier, partner, "APPROVED", accepted));

        JsonPath invoices = awaitInvoices(partner, dossier, 2);
        assertEquals(cny("1777.00"), invoices.get("find { it.trigger == 'ACCEPTED' }.total"));
        // the schedule body of the test data prices certificate production at 350.00, the baseline at 300.00
        assertEquals(cny("350.00"), invoices.get("find { it.trigger == 'APPROVED' }.total"));
        assertEquals(List.of("lifecycle-" + year, "lifecycle-" + year), invoices.getList("scheduleVersion"));
    }

    @Test
    void aRefusalInvoicesNothing() {
        String partner = uniquePartner("p-refused");
        UUID dossier = UUID.randomUUID();
        LocalDate accepted = LocalDate.of(2025, 11, 3);
        send(dossier, EventType.DOSSIER_ACCEPTED, dossierAccepted(dossier, partner, "FIRST_APPLICATION", accepted));
        send(dossier, EventType.DOSSIER_DECIDED, dossierDecided(dossier, partner, "REFUSED", accepted));
        // a marker with the same key: one partition, so once it is invoiced the events before it were handled
        UUID marker = UUID.randomUUID();
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, dossier.toString(), EventType.DOSSIER_ACCEPTED.ceType(),
                dossierAccepted(marker, partner, "FIRST_APPLICATION", accepted));
        awaitInvoices(partner, marker, 1);

        asPartner(partner).queryParam("dossierId", dossier.toString()).get("/api/v1/invoices")
                .then().statusCode(200).body("trigger", equalTo(List.of("ACCEPTED")));
        assertTrue(EventProbe.readAll(DLQ, r -> dossier.toString().equals(r.key())).isEmpty(),
                "a refusal is acknowledged, not dead-lettered");
    }

    @Test
    void redeliveredOrRepeatedStepsIssueOneInvoiceEach() {
        String partner = uniquePartner("p-redelivery");
        UUID dossier = UUID.randomUUID();
        String key = dossier.toString();
        LocalDate accepted = LocalDate.of(2025, 10, 8);
        String acceptance = dossierAccepted(dossier, partner, "FIRST_APPLICATION", accepted);
        String eventId = UUID.randomUUID().toString();
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, key, EventType.DOSSIER_ACCEPTED.ceType(), acceptance, eventId);
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, key, EventType.DOSSIER_ACCEPTED.ceType(), acceptance, eventId);
        // the same facts under new event ids, as a resending producer would
        send(dossier, EventType.DOSSIER_ACCEPTED, acceptance);
        send(dossier, EventType.DOSSIER_DECIDED, dossierDecided(dossier, partner, "APPROVED", accepted));
        send(dossier, EventType.DOSSIER_DECIDED, dossierDecided(dossier, partner, "APPROVED", accepted));
        UUID marker = UUID.randomUUID();
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, key, EventType.DOSSIER_ACCEPTED.ceType(),
                dossierAccepted(marker, partner, "FIRST_APPLICATION", accepted));
        awaitInvoices(partner, marker, 1);

        asPartner(partner).queryParam("dossierId", key).get("/api/v1/invoices")
                .then().statusCode(200).body("trigger", equalTo(List.of("ACCEPTED", "APPROVED")));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(2,
                EventProbe.readAll(Topics.FEES_INVOICES, r -> is(r, EventType.INVOICE_ISSUED)
                        && r.value().contains(key)).size()));
    }

    @Test
    void dossierCompletedAndTheOtherStepsAreAcknowledgedWithoutInvoicing() {
        String partner = uniquePartner("p-other-events");
        UUID dossier = UUID.randomUUID();
        String key = dossier.toString();
        String opened = """
                {"dossierId": "%s", "assessmentId": "%s", "partnerId": "%s", "applicantRef": "A-1",
                 "track": "TECHNICAL_TALENT", "requiredItems": 5, "openedAt": "2025-10-01T09:00:00+08:00"}"""
                .formatted(dossier, UUID.randomUUID(), partner);
        send(dossier, EventType.DOSSIER_OPENED, opened);
        send(dossier, EventType.DOCUMENT_REVIEWED, "{\"dossierId\": \"" + dossier + "\"}");
        send(dossier, EventType.DOSSIER_SUBMITTED, "{\"dossierId\": \"" + dossier + "\"}");
        // DossierCompleted no longer charges: the hall's acceptance does, so the two cannot both invoice
        send(dossier, EventType.DOSSIER_COMPLETED,
                dossierCompleted(dossier, partner, "FIRST_APPLICATION", LocalDate.of(2025, 10, 9)));
        send(dossier, EventType.DOSSIER_WITHDRAWN, "{\"dossierId\": \"" + dossier + "\"}");
        UUID marker = UUID.randomUUID();
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, key, EventType.DOSSIER_ACCEPTED.ceType(),
                dossierAccepted(marker, partner, "FIRST_APPLICATION", LocalDate.of(2025, 10, 9)));
        awaitInvoices(partner, marker, 1);

        asPartner(partner).queryParam("dossierId", key).get("/api/v1/invoices")
                .then().statusCode(200).body("$", hasSize(0));
        assertTrue(EventProbe.readAll(DLQ, r -> key.equals(r.key())).isEmpty(),
                "the steps without fees are acknowledged, not dead-lettered");
    }

    @Test
    void eventsThatCannotBeProcessedGoToTheDeadLetterTopic() {
        String partner = uniquePartner("p-dlq");
        LocalDate accepted = LocalDate.of(2025, 10, 9);
        UUID unknownKind = UUID.randomUUID();
        send(unknownKind, EventType.DOSSIER_ACCEPTED, dossierAccepted(unknownKind, partner, "NO_SUCH_KIND", accepted));
        UUID neverAccepted = UUID.randomUUID();
        send(neverAccepted, EventType.DOSSIER_DECIDED, dossierDecided(neverAccepted, partner, "APPROVED", accepted));
        UUID unknownOutcome = UUID.randomUUID();
        send(unknownOutcome, EventType.DOSSIER_ACCEPTED,
                dossierAccepted(unknownOutcome, partner, "FIRST_APPLICATION", accepted));
        send(unknownOutcome, EventType.DOSSIER_DECIDED, dossierDecided(unknownOutcome, partner, "MAYBE", accepted));
        UUID noSchedule = UUID.randomUUID();
        send(noSchedule, EventType.DOSSIER_ACCEPTED,
                dossierAccepted(noSchedule, partner, "FIRST_APPLICATION", LocalDate.of(1990, 1, 2)));
        UUID notACloudEvent = UUID.randomUUID();
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, notACloudEvent.toString(), null, "{\"hello\": 1}");

        for (UUID key : List.of(unknownKind, neverAccepted, unknownOutcome, noSchedule, notACloudEvent)) {
            EventProbe.awaitRecords(DLQ, 1, r -> key.toString().equals(r.key()));
        }
        asPartner(partner).queryParam("dossierId", unknownKind.toString()).get("/api/v1/invoices")
                .then().statusCode(200).body("$", hasSize(0));
        asPartner(partner).queryParam("dossierId", neverAccepted.toString()).get("/api/v1/invoices")
                .then().statusCode(200).body("$", hasSize(0));
        asPartner(partner).queryParam("dossierId", unknownOutcome.toString()).get("/api/v1/invoices")
                .then().statusCode(200).body("trigger", equalTo(List.of("ACCEPTED")));
        asPartner(partner).queryParam("dossierId", noSchedule.toString()).get("/api/v1/invoices")
                .then().statusCode(200).body("$", hasSize(0));
    }

    private static void send(UUID dossier, EventType type, String data) {
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, dossier.toString(), type.ceType(), data);
    }

    private static boolean is(ConsumerRecord<String, String> record, EventType type) {
        return EventProbe.header(record, "ce_type").orElse("").equals(type.ceType());
    }

    private static JsonPath awaitInvoices(String partner, UUID dossier, int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                asPartner(partner).queryParam("dossierId", dossier.toString()).get("/api/v1/invoices")
                        .then().statusCode(200).body("$", hasSize(count)));
        return asPartner(partner).queryParam("dossierId", dossier.toString()).get("/api/v1/invoices")
                .then().statusCode(200).extract().jsonPath();
    }
}
