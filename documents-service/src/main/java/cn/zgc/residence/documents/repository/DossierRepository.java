package cn.zgc.residence.documents.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class DossierRepository implements PanacheRepositoryBase<DossierEntity, UUID> {

    private final DossierItemRepository items;

    public DossierRepository(DossierItemRepository items) {
        this.items = items;
    }

    public Optional<DossierEntity> findByAssessment(UUID assessmentId) {
        return find("assessmentId", assessmentId).firstResultOptional();
    }

    public List<DossierItemEntity> itemsOf(UUID dossierId) {
        return items.list("dossierId = ?1 order by sortOrder", dossierId);
    }

    public void persistItem(DossierItemEntity item) {
        items.persist(item);
    }

    public void deleteItem(DossierItemEntity item) {
        items.delete(item);
    }

    @ApplicationScoped
    public static class DossierItemRepository implements PanacheRepositoryBase<DossierItemEntity, DossierItemKey> {
    }
}
