package cn.zgc.residence.common.events;

import cn.zgc.residence.common.events.payload.EventPayload;
import cn.zgc.residence.common.observe.TraceContext;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Records an event in the caller's transaction. It is published by {@link OutboxRelay} after the commit, and
 * never when the transaction rolls back. The current trace (if tracing is on) is kept with the event, so that
 * the Kafka record continues the trace of the request that caused it.
 */
@ApplicationScoped
public class Outbox {

    private final ObjectMapper json;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final Clock clock;

    public Outbox(ObjectMapper json, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
            Clock clock) {
        this.json = json;
        this.transactions = transactions;
        this.relay = relay;
        this.clock = clock;
    }

    /** Writes the event; must run inside the transaction of the change it records. Returns the CloudEvents id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(EventPayload payload) {
        EventType type = EventType.of(payload);
        OutboxEvent event = new OutboxEvent();
        event.eventId = UUID.randomUUID();
        event.topic = type.topic();
        event.eventKey = payload.aggregateId();
        event.ceType = type.ceType();
        event.ceSource = type.source();
        event.payload = toJson(payload);
        event.occurredAt = OffsetDateTime.now(clock);
        event.traceparent = TraceContext.currentTraceparent();
        event.persist();
        transactions.registerInterposedSynchronization(new WakeRelayAfterCommit(relay));
        return event.eventId;
    }

    private String toJson(EventPayload payload) {
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event payload cannot be written as JSON: " + payload.getClass(), e);
        }
    }

    private record WakeRelayAfterCommit(OutboxRelay relay) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                relay.wake();
            }
        }
    }
}
