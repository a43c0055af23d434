package cn.zgc.residence.documents.files.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The files of dossier items, and the little this module reads of a dossier (its owner, state and
 * checklist codes) by plain queries, so that it does not depend on the dossier's own entities.
 */
@ApplicationScoped
public class DossierFileRepository implements PanacheRepositoryBase<DossierFileEntity, UUID> {

    /** What the file endpoints need to know of a dossier. */
    public record DossierFacts(UUID id, String partnerId, String state) {
    }

    private final EntityManager em;

    public DossierFileRepository(EntityManager em) {
        this.em = em;
    }

    public Optional<DossierFacts> dossier(UUID id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, partner_id, state FROM dossier WHERE id = :id")
                .setParameter("id", id).getResultList();
        return rows.stream().findFirst()
                .map(row -> new DossierFacts((UUID) row[0], (String) row[1], (String) row[2]));
    }

    /** The dossier's row locked until the transaction ends: uploads to one dossier count its total one at a time. */
    public void lockDossier(UUID id) {
        em.createNativeQuery("SELECT id FROM dossier WHERE id = :id FOR UPDATE").setParameter("id", id)
                .getResultList();
    }

    public boolean onChecklist(UUID dossierId, String code) {
        return !em.createNativeQuery("SELECT 1 FROM dossier_item WHERE dossier_id = :d AND code = :c")
                .setParameter("d", dossierId).setParameter("c", code).getResultList().isEmpty();
    }

    public List<DossierFileEntity> ofItem(UUID dossierId, String code) {
        return list("dossierId = ?1 and itemCode = ?2 order by uploadedAt, id", dossierId, code);
    }

    /** Every file of the dossier, item by item, oldest first. */
    public List<DossierFileEntity> ofDossier(UUID dossierId) {
        return list("dossierId = ?1 order by itemCode, uploadedAt, id", dossierId);
    }

    public Optional<DossierFileEntity> inItem(UUID dossierId, String code, UUID fileId) {
        return find("id = ?1 and dossierId = ?2 and itemCode = ?3", fileId, dossierId, code).firstResultOptional();
    }

    public long totalBytes(UUID dossierId) {
        Long total = em.createQuery("select coalesce(sum(f.sizeBytes), 0) from DossierFileEntity f"
                + " where f.dossierId = :d", Long.class).setParameter("d", dossierId).getSingleResult();
        return total == null ? 0 : total;
    }
}
