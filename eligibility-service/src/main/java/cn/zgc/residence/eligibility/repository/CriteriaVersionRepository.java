package cn.zgc.residence.eligibility.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CriteriaVersionRepository implements PanacheRepositoryBase<CriteriaVersionEntity, String> {

    public List<CriteriaVersionEntity> listByStart() {
        return list("order by effectiveFrom, id");
    }

    /** Serialises publications, so that two officers cannot publish overlapping versions at once. */
    public void lockForPublication() {
        getEntityManager().createNativeQuery("LOCK TABLE criteria_version IN SHARE ROW EXCLUSIVE MODE")
                .executeUpdate();
    }
}
