package cn.zgc.residence.documents.messaging;

import cn.zgc.residence.common.events.InboundEvent;
import cn.zgc.residence.common.events.Inbox;
import cn.zgc.residence.common.events.payload.RecommendationIssued;
import cn.zgc.residence.common.events.UnprocessableEventException;
import cn.zgc.residence.documents.service.PendingRecommendations;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * A recommendation letter opens a dossier. The event is only recorded here, once (Inbox), in one transaction, with no
 * remote call; once it commits, {@code RecommendationWorkers} asks eligibility-service and opens the dossier, and
 * {@code RecommendationRetry} retries while that service is down. A record that is not a readable
 * RecommendationIssued goes to the dead-letter topic.
 */
@ApplicationScoped
public class RecommendationIssuedConsumer {

    static final String CONSUMER = "documents-service.recommendations";
    /** Its size (smallrye.messaging.worker.recommendations.max-concurrency) bounds the connections it holds. */
    static final String WORKER_POOL = "recommendations";

    private final Inbox inbox;
    private final PendingRecommendations pending;
    private final ObjectMapper json;

    public RecommendationIssuedConsumer(Inbox inbox, PendingRecommendations pending, ObjectMapper json) {
        this.inbox = inbox;
        this.pending = pending;
        this.json = json;
    }

    /** Letters are independent of each other, so several are recorded at once (one at a time could not keep up). */
    @Incoming("recommendations")
    @Blocking(value = WORKER_POOL, ordered = false)
    public void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        RecommendationIssued letter = event.payload(json, RecommendationIssued.class);
        if (letter.assessmentId() == null || letter.partnerId() == null || letter.applicantRef() == null
                || letter.letterNumber() == null || letter.track() == null) {
            throw new UnprocessableEventException("RecommendationIssued without assessmentId, partnerId, applicantRef, track or letterNumber");
        }
        inbox.applyOnce(CONSUMER, event, e -> pending.record(e.id(), letter));
    }
}
