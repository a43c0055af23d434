package cn.zgc.residence.documents.messaging;

import cn.zgc.residence.common.events.InboundEvent;
import cn.zgc.residence.common.events.Inbox;
import cn.zgc.residence.common.events.UnprocessableEventException;
import cn.zgc.residence.common.events.payload.InvoicePaid;
import cn.zgc.residence.documents.service.ExaminationStart;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * fees.invoices: an InvoicePaid starts the examination of an ACCEPTED dossier, once (Inbox). The topic's other events
 * are not this service's business and are skipped; a record that is not a readable event goes to the dead-letter topic.
 */
@ApplicationScoped
public class InvoicesConsumer {

    static final String CONSUMER = "documents-service.invoices";

    private final Inbox inbox;
    private final ExaminationStart examination;
    private final ObjectMapper json;

    public InvoicesConsumer(Inbox inbox, ExaminationStart examination, ObjectMapper json) {
        this.inbox = inbox;
        this.examination = examination;
        this.json = json;
    }

    @Incoming("invoices")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        switch (event.type()) {
            case INVOICE_PAID -> {
                InvoicePaid paid = event.payload(json, InvoicePaid.class);
                if (paid.invoiceId() == null) {
                    throw new UnprocessableEventException("InvoicePaid without invoiceId");
                }
                inbox.applyOnce(CONSUMER, event, e -> examination.paid(paid));
            }
            default -> {
                // InvoiceIssued, PaymentConfirmed, ...: nothing to do here
            }
        }
    }
}
