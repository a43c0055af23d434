package cn.zgc.residence.common.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import cn.zgc.residence.testsupport.EventProbe;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventPlatformTest {

    private static final String PROBE_TOPIC = "platform.probe";
    private static final String CE_TYPE = EventType.FEE_SCHEDULE_CHANGED.ceType();

    @Inject
    ProbeChanges changes;

    @Test
    void publishesACommittedEventAsABinaryCloudEventKeyedByItsAggregate() {
        String version = "v-" + UUID.randomUUID();
        UUID eventId = changes.change(version, false);

        List<ConsumerRecord<String, String>> records =
                EventProbe.awaitRecords(Topics.FEES_SCHEDULES, 1, r -> version.equals(r.key()));

        ConsumerRecord<String, String> record = records.get(0);
        assertThat(EventProbe.header(record, "ce_id")).contains(eventId.toString());
        assertThat(EventProbe.header(record, "ce_type")).contains(CE_TYPE);
        assertThat(EventProbe.header(record, "ce_source")).contains("/zgc/fees-service");
        assertThat(EventProbe.header(record, "ce_specversion")).contains("1.0");
        assertThat(record.value()).contains("\"scheduleVersion\":\"" + version + "\"");
        await().atMost(Duration.ofSeconds(10)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                OutboxEvent.count("eventId = ?1 and publishedAt is not null", eventId) == 1));
    }

    @Test
    void neverPublishesAnEventWhoseTransactionRolledBack() {
        String rolledBack = "rolled-back-" + UUID.randomUUID();
        String committedAfter = "committed-" + UUID.randomUUID();

        assertThatThrownBy(() -> changes.change(rolledBack, true)).isInstanceOf(IllegalStateException.class);
        changes.change(committedAfter, false);

        // the relay publishes in commit order: once the later event is out, the earlier one would be too
        EventProbe.awaitRecords(Topics.FEES_SCHEDULES, 1, r -> committedAfter.equals(r.key()));
        assertThat(EventProbe.readAll(Topics.FEES_SCHEDULES, r -> rolledBack.equals(r.key()))).isEmpty();
        long rows = QuarkusTransaction.requiringNew().call(() -> ProbeNote.count("label", rolledBack));
        assertThat(rows).isZero();
    }

    @Test
    void appliesARedeliveredEventOnce() {
        String id = UUID.randomUUID().toString();
        String data = "{\"scheduleVersion\":\"redelivered\",\"effectiveFrom\":\"2030-01-01\",\"amounts\":{},\"currency\":\"CNY\"}";
        EventProbe.send(PROBE_TOPIC, "k-" + id, CE_TYPE, data, id);
        EventProbe.send(PROBE_TOPIC, "k-" + id, CE_TYPE, data, id);
        String marker = EventProbe.send(PROBE_TOPIC, "k-" + id, CE_TYPE,
                data.replace("redelivered", "marker"));

        // same key, one partition, in order: once the marker is applied, both copies were consumed
        awaitApplied(UUID.fromString(marker));
        long applied = QuarkusTransaction.requiringNew().call(() -> ProbeNote.count("eventId", UUID.fromString(id)));
        assertThat(applied).isEqualTo(1);
    }

    @Test
    void sendsAPoisonMessageToTheDeadLetterTopicAndMovesOn() {
        String key = "poison-" + UUID.randomUUID();
        EventProbe.send(PROBE_TOPIC, key, null, "this is not an event");
        String next = EventProbe.send(PROBE_TOPIC, key, CE_TYPE,
                "{\"scheduleVersion\":\"after-poison\",\"effectiveFrom\":\"2030-01-01\",\"amounts\":{},\"currency\":\"CNY\"}");

        List<ConsumerRecord<String, String>> dead = EventProbe.awaitRecords(PROBE_TOPIC + Topics.DEAD_LETTER_SUFFIX, 1,
                r -> key.equals(r.key()));
        assertThat(dead.get(0).value()).isEqualTo("this is not an event");
        assertThat(EventProbe.header(dead.get(0), "dead-letter-reason")).hasValueSatisfying(
                reason -> assertThat(reason).contains("not a CloudEvent"));
        awaitApplied(UUID.fromString(next));
    }

    private static void awaitApplied(UUID eventId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() ->
                ProbeNote.count("eventId", eventId) == 1));
    }
}
