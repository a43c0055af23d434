package cn.zgc.residence.common.events;

import cn.zgc.residence.common.events.payload.EventPayload;
import cn.zgc.residence.common.observe.TraceContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * A CloudEvent read from a Kafka record in binary mode: attributes from {@code ce_*} headers, data in the value, and
 * the producer's W3C {@code traceparent} header when the record was sent during a trace (null otherwise).
 */
public record InboundEvent(UUID id, EventType type, String source, String key, String data, String traceparent) {

    /**
     * Reads the envelope; a record that is not a CloudEvent of a known type cannot be processed and is rejected
     * (it goes to the dead-letter topic).
     */
    public static InboundEvent from(ConsumerRecord<String, String> record) {
        String id = header(record, "ce_id");
        String ceType = header(record, "ce_type");
        if (id == null || ceType == null || record.value() == null) {
            throw new UnprocessableEventException("not a CloudEvent: ce_id, ce_type and data are required");
        }
        UUID eventId;
        try {
            eventId = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException("ce_id is not a UUID");
        }
        EventType type = EventType.fromCeType(ceType)
                .orElseThrow(() -> new UnprocessableEventException("unknown event type " + ceType));
        return new InboundEvent(eventId, type, header(record, "ce_source"), record.key(), record.value(),
                header(record, TraceContext.TRACEPARENT));
    }

    /** The payload as the event type's one definition. */
    public <T extends EventPayload> T payload(ObjectMapper json, Class<T> expected) {
        if (type.payloadType() != expected) {
            throw new UnprocessableEventException("expected " + expected.getSimpleName() + " but got " + type);
        }
        try {
            return json.readValue(data, expected);
        } catch (Exception e) {
            throw new UnprocessableEventException("data of " + type.ceType() + " cannot be read: " + e.getMessage());
        }
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
