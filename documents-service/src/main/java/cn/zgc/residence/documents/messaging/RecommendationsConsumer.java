package cn.zgc.residence.documents.messaging;

import cn.zgc.residence.common.events.InboundEvent;
import cn.zgc.residence.common.events.Inbox;
import cn.zgc.residence.common.events.payload.LetterRevoked;
import cn.zgc.residence.common.events.payload.RecommendationIssued;
import cn.zgc.residence.common.events.UnprocessableEventException;
import cn.zgc.residence.documents.service.DossierOpening;
import cn.zgc.residence.documents.service.NewDossier;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Recommendation letters: RecommendationIssued opens the letter's dossier, LetterRevoked withdraws it. Each is applied
 * once (Inbox) in one transaction with its effect, from the event's own data: no remote call. A record that is not a
 * readable event of these types goes to the dead-letter topic.
 */
@ApplicationScoped
public class RecommendationsConsumer {

    static final String CONSUMER = "documents-service.recommendations";
    /** Its size (smallrye.messaging.worker.recommendations.max-concurrency) bounds the connections it holds. */
    static final String WORKER_POOL = "recommendations";
    private static final Logger LOG = Logger.getLogger(RecommendationsConsumer.class);

    private final Inbox inbox;
    private final DossierOpening opening;
    private final ObjectMapper json;

    public RecommendationsConsumer(Inbox inbox, DossierOpening opening, ObjectMapper json) {
        this.inbox = inbox;
        this.opening = opening;
        this.json = json;
    }

    /**
     * Letters of different assessments are independent, so several are applied at once. Two events of one assessment
     * that race (same key) meet on the unique assessment id: the loser is applied again, and then finds the dossier.
     */
    @Incoming("recommendations")
    @Blocking(value = WORKER_POOL, ordered = false)
    public void consume(ConsumerRecord<String, String> record) {
        InboundEvent event = InboundEvent.from(record);
        switch (event.type()) {
            case RECOMMENDATION_ISSUED -> {
                NewDossier command = NewDossier.of(event.payload(json, RecommendationIssued.class));
                applyOnce(event, () -> opening.open(command));
            }
            case LETTER_REVOKED -> {
                LetterRevoked revoked = event.payload(json, LetterRevoked.class);
                if (revoked.assessmentId() == null) {
                    throw new UnprocessableEventException("LetterRevoked without assessmentId");
                }
                applyOnce(event, () -> opening.revoke(revoked));
            }
            default -> throw new UnprocessableEventException(event.type() + " does not belong on this topic");
        }
    }

    private void applyOnce(InboundEvent event, Runnable effect) {
        try {
            inbox.applyOnce(CONSUMER, event, e -> effect.run());
        } catch (UnprocessableEventException e) {
            throw e;
        } catch (RuntimeException e) {
            // at most once more: a second failure is not a race and goes to the dead-letter topic
            LOG.infof("event %s failed (%s), perhaps racing another of its assessment; applying it again", event.id(),
                    e.getClass().getSimpleName());
            inbox.applyOnce(CONSUMER, event, e2 -> effect.run());
        }
    }
}
