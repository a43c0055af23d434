package cn.zgc.residence.offices.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class CapacityRepository implements PanacheRepositoryBase<CapacityVersionEntity, UUID> {

    public List<CapacityVersionEntity> listForHall(String hallId) {
        return list("hallId = ?1 order by effectiveFrom, recordedAt", hallId);
    }

    public List<CapacityVersionEntity> listForHalls(java.util.Collection<String> hallIds) {
        return list("hallId in ?1", hallIds);
    }

    public boolean exists(String hallId, String category, LocalDate effectiveFrom) {
        return category == null
                ? count("hallId = ?1 and category is null and effectiveFrom = ?2", hallId, effectiveFrom) > 0
                : count("hallId = ?1 and category = ?2 and effectiveFrom = ?3", hallId, category, effectiveFrom) > 0;
    }
}
