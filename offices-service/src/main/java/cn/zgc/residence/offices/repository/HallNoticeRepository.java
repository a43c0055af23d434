package cn.zgc.residence.offices.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class HallNoticeRepository implements PanacheRepositoryBase<HallNoticeEntity, UUID> {

    /** The hall's notices that cover a day, read from the database (not the snapshot) for a booking's last check. */
    public List<HallNoticeEntity> coveringDay(String hallId, LocalDate day) {
        return list("hallId = ?1 and dateFrom <= ?2 and dateTo >= ?2", hallId, day);
    }
}
