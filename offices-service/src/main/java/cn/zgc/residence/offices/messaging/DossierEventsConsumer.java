package cn.zgc.residence.offices.messaging;

import cn.zgc.residence.common.events.EventType;
import cn.zgc.residence.common.events.InboundEvent;
import cn.zgc.residence.common.events.Inbox;
import cn.zgc.residence.common.events.UnprocessableEventException;
import cn.zgc.residence.offices.domain.DossierStates;
import cn.zgc.residence.offices.repository.DossierStandingRepository;
import cn.zgc.residence.offices.service.AppointmentReleases;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * What documents.dossiers tells offices-service: every event that moves a dossier records its owner and new state
 * (bookings read them instead of asking documents-service), and a dossier withdrawn or returned releases its
 * appointment: the active one is cancelled, with AppointmentCancelled. Each event takes effect once (Inbox); events
 * that leave the state as it was are skipped; a record that cannot be read goes to the dead-letter topic.
 */
@ApplicationScoped
public class DossierEventsConsumer {

    static final String CONSUMER = "offices-service.dossiers";

    private final Inbox inbox;
    private final AppointmentReleases releases;
    private final DossierStandingRepository standings;
    private final ObjectMapper json;
    private final Clock clock;

    public DossierEventsConsumer(Inbox inbox, AppointmentReleases releases, DossierStandingRepository standings,
            ObjectMapper json, Clock clock) {
        this.inbox = inbox;
        this.releases = releases;
        this.standings = standings;
        this.json = json;
        this.clock = clock;
    }

    @Incoming("dossiers")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        JsonNode data = read(event);
        Optional<String> state = DossierStates.announcedBy(event.type(), data.path("outcome").asText(null));
        if (state.isEmpty()) {
            return;
        }
        UUID dossierId = uuid(data.path("dossierId").asText(null), event.type());
        String partnerId = data.path("partnerId").asText(null);
        require(partnerId != null && !partnerId.isBlank(), event.type(), "partnerId");
        inbox.applyOnce(CONSUMER, event, e -> {
            standings.record(dossierId, partnerId, state.get(), OffsetDateTime.now(clock));
            switch (event.type()) {
                case DOSSIER_WITHDRAWN -> {
                    String reason = data.path("reason").asText("");
                    String why = reason.isBlank() ? "" : ": " + reason;
                    releases.releaseForDossier(dossierId, partnerId, AppointmentReleases.DOSSIER_WITHDRAWN,
                            "The dossier was withdrawn" + why, "申请已撤回" + why);
                }
                case DOSSIER_RETURNED -> releases.releaseForDossier(dossierId, partnerId,
                        AppointmentReleases.DOSSIER_RETURNED,
                        "The hall returned the dossier for correction; book a new appointment once it is corrected",
                        "大厅已退回申请材料，请补正后重新预约");
                default -> {
                    // the dossier's other transitions leave its appointment as it is
                }
            }
        });
    }

    private JsonNode read(InboundEvent event) {
        try {
            JsonNode data = json.readTree(event.data());
            require(data != null && data.isObject(), event.type(), "a JSON object");
            return data;
        } catch (JsonProcessingException e) {
            throw new UnprocessableEventException(event.type().eventName() + " is not JSON");
        }
    }

    private static UUID uuid(String value, EventType type) {
        require(value != null, type, "dossierId");
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new UnprocessableEventException(type.eventName() + " with a dossierId that is not a UUID");
        }
    }

    private static void require(boolean present, EventType type, String what) {
        if (!present) {
            throw new UnprocessableEventException(type.eventName() + " without " + what);
        }
    }
}
