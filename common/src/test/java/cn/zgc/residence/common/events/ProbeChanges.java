package cn.zgc.residence.common.events;

import cn.zgc.residence.common.events.payload.FeeScheduleChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** A business change that records an event in its transaction, and may fail after it. */
@ApplicationScoped
public class ProbeChanges {

    private final Outbox outbox;

    public ProbeChanges(Outbox outbox) {
        this.outbox = outbox;
    }

    @Transactional
    public UUID change(String version, boolean failAfterRecording) {
        ProbeNote note = new ProbeNote();
        note.id = UUID.randomUUID();
        note.label = version;
        UUID eventId = outbox.record(new FeeScheduleChanged(version, LocalDate.of(2030, 1, 1), null,
                Map.of("FIRST_APPLICATION", new BigDecimal("1500.00")), "CNY"));
        note.eventId = eventId;
        note.persist();
        if (failAfterRecording) {
            throw new IllegalStateException("the change fails after its event was recorded");
        }
        return eventId;
    }
}
