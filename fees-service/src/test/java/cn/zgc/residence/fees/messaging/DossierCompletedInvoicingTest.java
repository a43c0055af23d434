package cn.zgc.residence.fees.messaging;

import static cn.zgc.residence.fees.FeesTestData.asPartner;
import static cn.zgc.residence.fees.FeesTestData.cny;
import static cn.zgc.residence.fees.FeesTestData.dossierCompleted;
import static cn.zgc.residence.fees.FeesTestData.uniquePartner;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.Topics;
import cn.zgc.residence.testsupport.EventProbe;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DossierCompletedInvoicingTest {

    private static final String DLQ = Topics.DOCUMENTS_DOSSIERS + Topics.DEAD_LETTER_SUFFIX;

    @Test
    void aCompletedDossierIsInvoicedForTheFirstApplicationAndInvoiceIssuedIsPublished() {
        String partner = uniquePartner("p-dossier");
        UUID dossier = UUID.randomUUID();
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, dossier.toString(), EventType.DOSSIER_COMPLETED.ceType(),
                dossierCompleted(dossier, partner, "FIRST_APPLICATION", LocalDate.of(2025, 9, 1)));

        List<ConsumerRecord<String, String>> issued = EventProbe.awaitRecords(Topics.FEES_INVOICES, 1,
                r -> isInvoiceIssued(r) && r.value().contains(dossier.toString()));
        assertTrue(issued.get(0).value().contains("\"FIRST_APPLICATION\""), issued.get(0).value());
        assertTrue(issued.get(0).value().contains("1500.00"), issued.get(0).value());
        asPartner(partner).queryParam("dossierId", dossier.toString()).get("/api/v1/invoices")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].id", equalTo(issued.get(0).key()))
                .body("[0].origin", equalTo("DOSSIER_COMPLETED"))
                .body("[0].scheduleVersion", equalTo("2004-baseline"))
                .body("[0].pricedOn", equalTo("2025-09-01"))
                .body("[0].lines[0].service", equalTo("FIRST_APPLICATION"))
                .body("[0].total", equalTo(cny("1500.00")));
    }

    @Test
    void aRedeliveredOrRepeatedDossierCompletedIssuesOneInvoice() {
        String partner = uniquePartner("p-redelivery");
        UUID dossier = UUID.randomUUID();
        String key = dossier.toString();
        String event = dossierCompleted(dossier, partner, "FIRST_APPLICATION", LocalDate.of(2025, 10, 8));
        String eventId = UUID.randomUUID().toString();
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, key, EventType.DOSSIER_COMPLETED.ceType(), event, eventId);
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, key, EventType.DOSSIER_COMPLETED.ceType(), event, eventId);
        // the same fact under a new event id, as a resending producer would
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, key, EventType.DOSSIER_COMPLETED.ceType(), event);
        // a marker with the same key: one partition, so once it is invoiced the three before it were handled
        UUID marker = UUID.randomUUID();
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, key, EventType.DOSSIER_COMPLETED.ceType(),
                dossierCompleted(marker, partner, "FIRST_APPLICATION", LocalDate.of(2025, 10, 8)));
        awaitInvoices(partner, marker, 1);

        asPartner(partner).queryParam("dossierId", key).get("/api/v1/invoices")
                .then().statusCode(200).body("$", hasSize(1));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertEquals(1,
                EventProbe.readAll(Topics.FEES_INVOICES, r -> isInvoiceIssued(r) && r.value().contains(key)).size()));
    }

    @Test
    void acknowledgesTheOtherDossierEventsWithoutInvoicing() {
        String partner = uniquePartner("p-other-events");
        UUID dossier = UUID.randomUUID();
        String key = dossier.toString();
        String opened = """
                {"dossierId": "%s", "assessmentId": "%s", "partnerId": "%s", "applicantRef": "A-1",
                 "track": "TECHNICAL_TALENT", "requiredItems": 5, "openedAt": "2025-10-01T09:00:00+08:00"}"""
                .formatted(dossier, UUID.randomUUID(), partner);
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, key, EventType.DOSSIER_OPENED.ceType(), opened);
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, key, EventType.DOCUMENT_REVIEWED.ceType(),
                "{\"dossierId\": \"" + dossier + "\"}");
        asPartner(partner).queryParam("dossierId", key).get("/api/v1/invoices")
                .then().statusCode(200).body("$", hasSize(0));
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, key, EventType.DOSSIER_COMPLETED.ceType(),
                dossierCompleted(dossier, partner, "FIRST_APPLICATION", LocalDate.of(2025, 10, 9)));
        awaitInvoices(partner, dossier, 1);
        assertTrue(EventProbe.readAll(DLQ, r -> key.equals(r.key())).isEmpty(),
                "DossierOpened and DocumentReviewed are acknowledged, not dead-lettered");
    }

    @Test
    void anEventThatCannotBeProcessedGoesToTheDeadLetterTopic() {
        String partner = uniquePartner("p-dlq");
        UUID unknownKind = UUID.randomUUID();
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, unknownKind.toString(), EventType.DOSSIER_COMPLETED.ceType(),
                dossierCompleted(unknownKind, partner, "NO_SUCH_KIND", LocalDate.of(2025, 10, 9)));
        UUID notACloudEvent = UUID.randomUUID();
        EventProbe.send(Topics.DOCUMENTS_DOSSIERS, notACloudEvent.toString(), null, "{\"hello\": 1}");

        EventProbe.awaitRecords(DLQ, 1, r -> unknownKind.toString().equals(r.key()));
        EventProbe.awaitRecords(DLQ, 1, r -> notACloudEvent.toString().equals(r.key()));
        asPartner(partner).queryParam("dossierId", unknownKind.toString()).get("/api/v1/invoices")
                .then().statusCode(200).body("$", hasSize(0));
    }

    private static boolean isInvoiceIssued(ConsumerRecord<String, String> record) {
        return EventProbe.header(record, "ce_type").orElse("").equals(EventType.INVOICE_ISSUED.ceType());
    }

    private static void awaitInvoices(String partner, UUID dossier, int count) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).untilAsserted(() ->
                asPartner(partner).queryParam("dossierId", dossier.toString()).get("/api/v1/invoices")
                        .then().statusCode(200).body("$", hasSize(count)));
    }
}
