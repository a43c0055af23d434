package cn.zgc.residence.offices.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CapacityRepository implements PanacheRepositoryBase<CapacityVersionEntity, UUID> {

    private static final String BAND_ROWS = """
            select new cn.zgc.residence.offices.repository.CapacityBandRow(v.id, v.hallId, v.category, v.effectiveFrom,
                b.starts, b.slotMinutes, b.capacity)
            from CapacityVersionEntity v join v.bands b""";

    public List<CapacityVersionEntity> listForHall(String hallId) {
        return list("hallId = ?1 order by effectiveFrom, recordedAt", hallId);
    }

    /**
     * Every band of the halls' capacity versions as rows: every slot search and every booking reads them, and one
     * query of rows costs a fraction of loading the versions as entities with their band collections. One hall is
     * asked by its id; several are read with all halls and picked here, since a list parameter would make the
     * query be translated again on every call.
     */
    public List<CapacityBandRow> bandsOfHalls(Collection<String> hallIds) {
        if (hallIds.size() == 1) {
            return getEntityManager().createQuery(BAND_ROWS + " where v.hallId = ?1", CapacityBandRow.class)
                    .setParameter(1, hallIds.iterator().next())
                    .getResultList();
        }
        return getEntityManager().createQuery(BAND_ROWS, CapacityBandRow.class).getResultList().stream()
                .filter(row -> hallIds.contains(row.hallId()))
                .toList();
    }

    public boolean exists(String hallId, String category, LocalDate effectiveFrom) {
        return category == null
                ? count("hallId = ?1 and category is null and effectiveFrom = ?2", hallId, effectiveFrom) > 0
                : count("hallId = ?1 and category = ?2 and effectiveFrom = ?3", hallId, category, effectiveFrom) > 0;
    }
}
