package cn.zgc.residence.eligibility.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class RecommendationLetterRepository implements PanacheRepositoryBase<RecommendationLetterEntity, UUID> {

    public Optional<RecommendationLetterEntity> findByNumber(String letterNumber) {
        return find("letterNumber", letterNumber).firstResultOptional();
    }

    /** The letter, locked until the transaction ends, so that two revocations cannot both succeed. */
    public Optional<RecommendationLetterEntity> findForUpdate(UUID assessmentId) {
        return findByIdOptional(assessmentId, LockModeType.PESSIMISTIC_WRITE);
    }

    public long nextNumber() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('recommendation_letter_number_seq')")
                .getSingleResult()).longValue();
    }
}
