package cn.zgc.residence.documents.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.UUID;

@ApplicationScoped
public class DossierRepository implements PanacheRepositoryBase<DossierEntity, UUID> {

    private final DossierItemRepository items;
    private final DossierHistoryRepository history;

    public DossierRepository(DossierItemRepository items, DossierHistoryRepository history) {
        this.items = items;
        this.history = history;
    }

    public Optional<DossierEntity> findByAssessment(UUID assessmentId) {
        return find("assessmentId", assessmentId).firstResultOptional();
    }

    /** For the event consumers: the row locked, so that an event and a request never both move it from one state. */
    public Optional<DossierEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<DossierEntity> findByAssessmentForUpdate(UUID assessmentId) {
        return find("assessmentId", assessmentId).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    /** One page of the dossiers matching every filter given, and how many match in all. */
    public Paged<DossierEntity> search(DossierFilter filter, Sort sort, int page, int size) {
        StringJoiner where = new StringJoiner(" and ");
        Parameters parameters = new Parameters();
        filter.partnerId().ifPresent(v -> add(where, parameters, "partnerId = :partnerId", "partnerId", v));
        filter.assessmentId().ifPresent(v -> add(where, parameters, "assessmentId = :assessmentId", "assessmentId", v));
        filter.applicantRef().ifPresent(v -> add(where, parameters, "applicantRef = :applicantRef", "applicantRef", v));
        filter.state().ifPresent(v -> add(where, parameters, "state = :state", "state", v));
        filter.hallId().ifPresent(v -> add(where, parameters, "hallId = :hallId", "hallId", v));
        filter.submittedFrom().ifPresent(v -> add(where, parameters, "submittedAt >= :from", "from", v));
        filter.submittedBefore().ifPresent(v -> add(where, parameters, "submittedAt < :before", "before", v));
        PanacheQuery<DossierEntity> query = where.length() == 0 ? findAll(sort) : find(where.toString(), sort, parameters);
        return new Paged<>(query.page(Page.of(page, size)).list(), query.count());
    }

    private static void add(StringJoiner where, Parameters parameters, String clause, String name, Object value) {
        where.add(clause);
        parameters.and(name, value);
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

    public void record(DossierHistoryEntity line) {
        history.persist(line);
    }

    public Paged<DossierHistoryEntity> historyOf(UUID dossierId, int page, int size) {
        PanacheQuery<DossierHistoryEntity> query = history.find("dossierId = ?1 order by id", dossierId);
        return new Paged<>(query.page(Page.of(page, size)).list(), query.count());
    }

    public record Paged<T>(List<T> content, long total) {
    }

    @ApplicationScoped
    public static class DossierItemRepository implements PanacheRepositoryBase<DossierItemEntity, DossierItemKey> {
    }

    @ApplicationScoped
    public static class DossierHistoryRepository implements PanacheRepositoryBase<DossierHistoryEntity, Long> {
    }
}
