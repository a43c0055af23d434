package cn.zgc.residence.fees.messaging;

import cn.zgc.residence.common.events.InboundEvent;
import cn.zgc.residence.common.events.Inbox;
import cn.zgc.residence.common.events.UnprocessableEventException;
import cn.zgc.residence.common.events.payload.DossierCompleted;
import cn.zgc.residence.fees.service.InvoiceService;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads documents.dossiers: a completed dossier is invoiced once; the other dossier events on the topic are not
 * this service's to act on and are acknowledged. What cannot be processed goes to documents.dossiers.dlq.
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
            case DOSSIER_COMPLETED -> inbox.applyOnce(CONSUMER, event,
                    e -> invoices.issueForCompletedDossier(e.payload(json, DossierCompleted.class)));
            case DOSSIER_OPENED, DOCUMENT_REVIEWED -> {
                // facts of the document review: nothing to charge
            }
            default -> throw new UnprocessableEventException(event.type().ceType() + " does not belong on "
                    + record.topic());
        }
    }
}
