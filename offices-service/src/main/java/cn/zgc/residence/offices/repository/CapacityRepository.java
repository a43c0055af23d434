package cn.zgc.residence.offices.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CapacityRepository implements PanacheRepositoryBase<CapacityVersionEntity, UUID> {

    public List<CapacityVersionEntity> listForHall(String hallId) {
        return list("hallId = ?1 order by effectiveFrom, recordedAt", hallId);
    }

    /**
     * Every band of the halls' capacity versions as rows: every slot search and every booking reads them, and one
     * query of rows costs a fraction of loading the versions as entities with their band collections.
     */
    public List<CapacityBandRow> bandsOfHalls(Collection<String> hallIds) {
        return getEntityManager().createQuery("""
                        select new cn.zgc.residence.offices.repository.CapacityBandRow(v.id, v.hallId, v.category,
                            v.effectiveFrom, b.starts, b.slotMinutes, b.capacity)
                        from CapacityVersionEntity v join v.bands b where v.hallId in ?1""", CapacityBandRow.class)
                .setParameter(1, hallIds)
                .getResultList();
    }

    public boolean exists(String hallId, String category, LocalDate effectiveFrom) {
        return category == null
                ? count("hallId = ?1 and category is null and effectiveFrom = ?2", hallId, effectiveFrom) > 0
                : count("hallId = ?1 and category = ?2 and effectiveFrom = ?3", hallId, category, effectiveFrom) > 0;
    }
}
