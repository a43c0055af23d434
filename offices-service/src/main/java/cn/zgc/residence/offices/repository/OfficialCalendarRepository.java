package cn.zgc.residence.offices.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    /** The holidays' English names by their Chinese names. */
    @SuppressWarnings("unchecked")
    public Map<String, String> holidayNamesEn() {
        Map<String, String> names = new HashMap<>();
        for (Object[] row : (List<Object[]>) getEntityManager()
                .createNativeQuery("select name_zh, name_en from holiday_name").getResultList()) {
            names.put((String) row[0], (String) row[1]);
        }
        return Map.copyOf(names);
    }

    public void persistDay(OfficialDayEntity day) {
        getEntityManager().persist(day);
    }
}
