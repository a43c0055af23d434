package cn.zgc.residence.offices.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The dossiers offices-service has heard of, with their owner and state; events of one dossier arrive in order. */
@ApplicationScoped
public class DossierStandingRepository implements PanacheRepositoryBase<DossierStandingEntity, UUID> {

    /** Records the state an event announced, creating the dossier's row with its first event. */
    public void record(UUID dossierId, String partnerId, String state, OffsetDateTime at) {
        getEntityManager().createNativeQuery("""
                        INSERT INTO dossier_standing (dossier_id, partner_id, state, updated_at) VALUES (?1, ?2, ?3, ?4)
                        ON CONFLICT (dossier_id) DO UPDATE SET state = EXCLUDED.state, updated_at = EXCLUDED.updated_at""")
                .setParameter(1, dossierId).setParameter(2, partnerId).setParameter(3, state).setParameter(4, at)
                .executeUpdate();
    }
}
