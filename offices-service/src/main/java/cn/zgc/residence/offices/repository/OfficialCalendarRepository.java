package cn.zgc.residence.offices.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class OfficialCalendarRepository implements PanacheRepositoryBase<OfficialCalendarYearEntity, Integer> {

    public List<OfficialDayEntity> allDays() {
        return getEntityManager().createQuery("from OfficialDayEntity order by day", OfficialDayEntity.class)
                .getResultList();
    }

    /** Serialises loading between replicas that start together, until the end of the transaction. */
    public void lockForLoading() {
        getEntityManager().createNativeQuery("select pg_advisory_xact_lock(8084001)").getSingleResult();
    }

    public void persistDay(OfficialDayEntity day) {
        getEntityManager().persist(day);
    }
}
