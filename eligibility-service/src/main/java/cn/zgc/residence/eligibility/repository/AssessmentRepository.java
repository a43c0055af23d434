package cn.zgc.residence.eligibility.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<AssessmentEntity, UUID> {

    public Optional<AssessmentEntity> findByIdempotencyKey(String partnerId, String key) {
        return find("partnerId = ?1 and idempotencyKey = ?2", partnerId, key).firstResultOptional();
    }

    /** The row locked for the rest of the transaction, so that one letter at most is issued for it. */
    public Optional<AssessmentEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** Newest first; a null partner means every partner's (committee and immigration), a null ref every applicant. */
    public PanacheQuery<AssessmentEntity> search(String partnerId, String applicantRef) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters params = new Parameters();
        if (partnerId != null) {
            query.append(" and partnerId = :partner");
            params.and("partner", partnerId);
        }
        if (applicantRef != null) {
            query.append(" and applicantRef = :ref");
            params.and("ref", applicantRef);
        }
        return find(query.toString(), Sort.descending("createdAt").and("id"), params);
    }
}
