package cn.zgc.residence.documents.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
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

    /** Dossiers matching every filter given (an empty Optional filters nothing), oldest first. */
    public List<DossierEntity> search(Optional<String> partnerId, Optional<UUID> assessmentId,
            Optional<String> applicantRef) {
        StringJoiner where = new StringJoiner(" and ");
        Parameters parameters = new Parameters();
        partnerId.ifPresent(v -> {
            where.add("partnerId = :partnerId");
            parameters.and("partnerId", v);
        });
        assessmentId.ifPresent(v -> {
            where.add("assessmentId = :assessmentId");
            parameters.and("assessmentId", v);
        });
        applicantRef.ifPresent(v -> {
            where.add("applicantRef = :applicantRef");
            parameters.and("applicantRef", v);
        });
        if (where.length() == 0) {
            throw new IllegalArgumentException("a dossier search needs at least one filter");
        }
        return list(where + " order by openedAt, id", parameters);
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
