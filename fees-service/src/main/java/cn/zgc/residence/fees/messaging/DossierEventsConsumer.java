package cn.zgc.residence.fees.messaging;

import cn.zgc.residence.common.events.InboundEvent;
import cn.zgc.residence.common.events.Inbox;
import cn.zgc.residence.common.events.UnprocessableEventException;
import cn.zgc.residence.common.events.payload.DossierAccepted;
import cn.zgc.residence.common.events.payload.DossierDecided;
import cn.zgc.residence.fees.service.InvoiceService;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads documents.dossiers: the steps at which fees fall due (the hall's acceptance, the decision) are charged once
 * each; the dossier's other events are not this service's to act on and are acknowledged. What cannot be processed
 * goes to documents.dossiers.dlq.
 */
@ApplicationScoped
public class DossierEventsConsumer {

    static final String CONSUMER = "fees-service.dossier-invoicing";

    private final Inbox inbox;
    private final InvoiceService invoices;
    private final ObjectMapper json;

    public DossierEventsConsumer(Inbox inbox, InvoiceService invoices, ObjectMapper json) {
        this.inbox = inbox;
        this.invoices = invoices;
        this.json = json;
    }

    @Incoming("dossiers")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        switch (event.type()) {
            case DOSSIER_ACCEPTED -> inbox.applyOnce(CONSUMER, event,
                    e -> invoices.chargeOnAcceptance(e.payload(json, DossierAccepted.class)));
            case DOSSIER_DECIDED -> inbox.applyOnce(CONSUMER, event,
                    e -> invoices.chargeOnDecision(e.payload(json, DossierDecided.class)));
            case DOSSIER_OPENED, DOCUMENT_REVIEWED, DOSSIER_COMPLETED, DOSSIER_READY, DOSSIER_REOPENED,
                    DOSSIER_SUBMITTED, DOSSIER_RETURNED, EXAMINATION_STARTED, CARD_PRODUCED, CARD_COLLECTED,
                    DOSSIER_WITHDRAWN -> {
                // no fee falls due at these steps (DossierCompleted no longer charges: the hall's acceptance does)
            }
            default -> throw new UnprocessableEventException(event.type().ceType() + " does not belong on "
                    + record.topic());
        }
    }
}
