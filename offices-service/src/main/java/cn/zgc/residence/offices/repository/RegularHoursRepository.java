package cn.zgc.residence.offices.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.UUID;

@ApplicationScoped
public class RegularHoursRepository implements PanacheRepositoryBase<RegularHoursVersionEntity, UUID> {

    public boolean exists(String hallId, LocalDate effectiveFrom) {
        return count("hallId = ?1 and effectiveFrom = ?2", hallId, effectiveFrom) > 0;
    }
}
