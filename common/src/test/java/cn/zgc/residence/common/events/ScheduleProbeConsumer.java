package cn.zgc.residence.common.events;

import io.smallrye.common.annotation.Blocking;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.MDC;

/** Consumes the probe changes' own events (fees.schedules) and notes the trace id its effect was logged under. */
@ApplicationScoped
public class ScheduleProbeConsumer {

    static final String CONSUMER = "probe-schedules";

    private final Inbox inbox;

    public ScheduleProbeConsumer(Inbox inbox) {
        this.inbox = inbox;
    }

    @Incoming("schedules")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        inbox.applyOnce(CONSUMER, event, e -> {
            ProbeNote note = new ProbeNote();
            note.id = UUID.randomUUID();
            note.eventId = e.id();
            note.label = "consumed " + e.key() + " trace " + MDC.get("traceId");
            note.persist();
        });
    }
}
