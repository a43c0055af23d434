package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.events.payload.RecommendationIssued;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Letters an earlier release recorded but had not turned into dossiers yet (table pending_recommendation, written
 * until the letter carried everything): at start-up each opens its dossier from the letter's own data, as a new letter
 * would, and leaves the table. Nothing writes that table any more; a later migration drops it once it is empty.
 */
@ApplicationScoped
public class LeftoverLetters {

    private static final Logger LOG = Logger.getLogger(LeftoverLetters.class);

    private final EntityManager entityManager;
    private final DossierOpening opening;

    public LeftoverLetters(EntityManager entityManager, DossierOpening opening) {
        this.entityManager = entityManager;
        this.opening = opening;
    }

    public void onStart(@Observes StartupEvent start) {
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "SELECT event_id, assessment_id, partner_id, applicant_ref, track, letter_number, received_at"
                        + " FROM pending_recommendation WHERE status = 'PENDING' ORDER BY received_at").getResultList());
        for (Object[] row : rows) {
            UUID eventId = (UUID) row[0];
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    opening.open(NewDossier.of(new RecommendationIssued((String) row[5], (UUID) row[1], (String) row[2],
                            (String) row[3], (String) row[4], 0, null, issuedAt(row[6]))));
                    entityManager.createNativeQuery("DELETE FROM pending_recommendation WHERE event_id = ?1")
                            .setParameter(1, eventId).executeUpdate();
                });
            } catch (RuntimeException e) {
                LOG.warnf("letter %s left by an earlier release cannot open a dossier: %s", eventId, e.getMessage());
            }
        }
        if (!rows.isEmpty()) {
            LOG.infof("%d letter(s) left by an earlier release taken up", rows.size());
        }
    }

    private static OffsetDateTime issuedAt(Object value) {
        if (value instanceof OffsetDateTime t) {
            return t;
        }
        if (value instanceof java.time.Instant i) {
            return i.atOffset(ZoneOffset.ofHours(8));
        }
        return value instanceof Timestamp t ? t.toInstant().atOffset(ZoneOffset.ofHours(8)) : null;
    }
}
