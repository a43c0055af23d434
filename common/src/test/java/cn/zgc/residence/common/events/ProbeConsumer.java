package cn.zgc.residence.common.events;

import cn.zgc.residence.common.events.payload.FeeScheduleChanged;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import io.smallrye.common.annotation.Blocking;

/** A consumer written the way services write theirs: envelope, de-duplication, bounded retries, dead letters. */
@ApplicationScoped
public class ProbeConsumer {

    private final Inbox inbox;
    private final ObjectMapper json;

    public ProbeConsumer(Inbox inbox, ObjectMapper json) {
        this.inbox = inbox;
        this.json = json;
    }

    @Incoming("probe")
    @Blocking
    @Retry(maxRetries = 2, delay = 100, abortOn = UnprocessableEventException.class)
    public void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        inbox.applyOnce("probe", event, e -> {
            FeeScheduleChanged payload = e.payload(json, FeeScheduleChanged.class);
            ProbeNote note = new ProbeNote();
            note.id = UUID.randomUUID();
            note.eventId = e.id();
            note.label = payload.scheduleVersion();
            note.persist();
        });
    }
}
