package cn.zgc.residence.fees.repository;

import cn.zgc.residence.fees.domain.ChargeStep;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class InvoiceRepository implements PanacheRepositoryBase<InvoiceEntity, UUID> {

    /** Reads the invoice with a row lock held to the end of the transaction: payments on it queue here. */
    public Optional<InvoiceEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<InvoiceEntity> listByDossier(UUID dossierId) {
        return list("dossierId = ?1 order by issuedAt, id", dossierId);
    }

    /** Whether the dossier already has the invoice of this step of its lifecycle. */
    public boolean existsForStep(UUID dossierId, ChargeStep step) {
        return count("dossierId = ?1 and origin = ?2 and triggerStep = ?3", dossierId, InvoiceEntity.Origin.DOSSIER,
                step) > 0;
    }
}
