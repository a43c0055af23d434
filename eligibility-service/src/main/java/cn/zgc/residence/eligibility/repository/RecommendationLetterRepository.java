package cn.zgc.residence.eligibility.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class RecommendationLetterRepository implements PanacheRepositoryBase<RecommendationLetterEntity, UUID> {

    public long nextNumber() {
        return ((Number) getEntityManager().createNativeQuery("SELECT nextval('recommendation_letter_number_seq')")
                .getSingleResult()).longValue();
    }
}
