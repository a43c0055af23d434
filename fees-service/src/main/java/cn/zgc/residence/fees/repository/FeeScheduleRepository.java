package cn.zgc.residence.fees.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class FeeScheduleRepository implements PanacheRepositoryBase<FeeScheduleEntity, String> {

    public List<FeeScheduleEntity> listByStart() {
        return list("order by effectiveFrom");
    }

    /** Serialises publications, so that two officers cannot publish overlapping versions at once. */
    public void lockForPublication() {
        getEntityManager().createNativeQuery("LOCK TABLE fee_schedule IN SHARE ROW EXCLUSIVE MODE").executeUpdate();
    }
}
