package cn.zgc.residence.offices.messaging;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.InboundEvent;
import cn.zgc.residence.common.events.Inbox;
import cn.zgc.residence.common.events.UnprocessableEventException;
import cn.zgc.residence.common.events.payload.DossierReturned;
import cn.zgc.residence.common.events.payload.DossierWithdrawn;
import cn.zgc.residence.offices.service.AppointmentReleases;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A dossier withdrawn or returned releases its appointment: the active one is cancelled, with AppointmentCancelled,
 * once per event (Inbox). The other events of documents.dossiers are not this service's concern and are skipped; a
 * record that cannot be read goes to the dead-letter topic.
 */
@ApplicationScoped
public class DossierEventsConsumer {

    static final String CONSUMER = "offices-service.dossiers";

    private final Inbox inbox;
    private final AppointmentReleases releases;
    private final ObjectMapper json;

    public DossierEventsConsumer(Inbox inbox, AppointmentReleases releases, ObjectMapper json) {
        this.inbox = inbox;
        this.releases = releases;
        this.json = json;
    }

    @Incoming("dossiers")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        switch (event.type()) {
            case DOSSIER_WITHDRAWN -> {
                DossierWithdrawn withdrawn = event.payload(json, DossierWithdrawn.class);
                require(withdrawn.dossierId() != null, event.type());
                String why = withdrawn.reason() == null || withdrawn.reason().isBlank() ? "" : ": " + withdrawn.reason();
                inbox.applyOnce(CONSUMER, event, e -> releases.releaseForDossier(withdrawn.dossierId(),
                        withdrawn.partnerId(), AppointmentReleases.DOSSIER_WITHDRAWN,
                        "The dossier was withdrawn" + why, "申请已撤回" + why));
            }
            case DOSSIER_RETURNED -> {
                DossierReturned returned = event.payload(json, DossierReturned.class);
                require(returned.dossierId() != null, event.type());
                inbox.applyOnce(CONSUMER, event, e -> releases.releaseForDossier(returned.dossierId(),
                        returned.partnerId(), AppointmentReleases.DOSSIER_RETURNED,
                        "The hall returned the dossier for correction; book a new appointment once it is corrected",
                        "大厅已退回申请材料，请补正后重新预约"));
            }
            default -> {
                // the dossier's other transitions leave its appointment as it is
            }
        }
    }

    private static void require(boolean present, EventType type) {
        if (!present) {
            throw new UnprocessableEventException(type.eventName() + " without dossierId");
        }
    }
}
