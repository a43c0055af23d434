package cn.zgc.residence.notifications.messaging;

import cn.zgc.residence.common.events.InboundEvent;
import cn.zgc.residence.common.events.Inbox;
import cn.zgc.residence.common.events.UnprocessableEventException;
import cn.zgc.residence.notifications.delivery.DeliveryWorker;
import cn.zgc.residence.notifications.service.EventIntake;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Reads every topic: each event is taken in once (Inbox); once its deliveries are committed, those claimed in the
 * intake's transaction start their first attempt and the worker is woken for the others. A record that is no
 * CloudEvent of a known type cannot become a webhook: it is skipped here, and the producer's own consumers
 * dead-letter it.
 */
@ApplicationScoped
public class PartnerEventsConsumer {

    static final String CONSUMER = "notifications-service.webhooks";
    private static final Logger LOG = Logger.getLogger(PartnerEventsConsumer.class);

    private final Inbox inbox;
    private final EventIntake intake;
    private final DeliveryWorker worker;

    public PartnerEventsConsumer(Inbox inbox, EventIntake intake, DeliveryWorker worker) {
        this.inbox = inbox;
        this.intake = intake;
        this.worker = worker;
    }

    @Incoming("events")
    @Blocking(ordered = true)
    public void consume(ConsumerRecord<String, String> record) {
        InboundEvent event;
        try {
            event = InboundEvent.from(record);
        } catch (UnprocessableEventException e) {
            LOG.warnf("skipped a record of %s (partition %d, offset %d): %s", record.topic(), record.partition(),
                    record.offset(), e.getMessage());
            return;
        }
        EventIntake.Envelope envelope = new EventIntake.Envelope(record.topic(), header(record, "ce_subject"),
                time(record));
        EventIntake.Accepted[] accepted = {EventIntake.Accepted.NONE};
        try {
            inbox.applyOnce(CONSUMER, event, e -> accepted[0] = intake.accept(e, envelope));
        } catch (RuntimeException e) {
            // nothing was written: the claims' deliveries do not exist
            worker.abandon(accepted[0].claimed());
            throw e;
        }
        worker.start(accepted[0].claimed());
        if (accepted[0].leftToARound()) {
            worker.wake();
        }
    }

    private static OffsetDateTime time(ConsumerRecord<String, String> record) {
        String ceTime = header(record, "ce_time");
        if (ceTime != null) {
            try {
                return OffsetDateTime.parse(ceTime);
            } catch (DateTimeParseException e) {
                try {
                    return ZonedDateTime.parse(ceTime).toOffsetDateTime();
                } catch (DateTimeParseException notZoned) {
                    // fall back to the record's own time
                }
            }
        }
        return OffsetDateTime.ofInstant(Instant.ofEpochMilli(record.timestamp()), ZoneOffset.UTC);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
