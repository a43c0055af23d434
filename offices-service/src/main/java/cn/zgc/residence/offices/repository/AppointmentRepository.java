package cn.zgc.residence.offices.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Appointments and the seats taken per slot. Seats are counted by the database: {@link #takeSeat} is one
 * conditional upsert, so concurrent bookings on any number of replicas never exceed a slot's capacity.
 */
@ApplicationScoped
public class AppointmentRepository implements PanacheRepositoryBase<AppointmentEntity, UUID> {

    /** Takes a seat if fewer than {@code capacity} are taken; returns whether it did. */
    public boolean takeSeat(String hallId, String category, OffsetDateTime startsAt, int capacity) {
        if (capacity <= 0) {
            return false;
        }
        return getEntityManager().createNativeQuery("""
                        INSERT INTO appointment_slot AS s (hall_id, category, starts_at, booked) VALUES (?1, ?2, ?3, 1)
                        ON CONFLICT (hall_id, category, starts_at) DO UPDATE SET booked = s.booked + 1
                        WHERE s.booked < ?4""")
                .setParameter(1, hallId).setParameter(2, category).setParameter(3, startsAt).setParameter(4, capacity)
                .executeUpdate() == 1;
    }

    /** The seats now taken in a slot, read without a lock: a full slot is refused without queueing for its row. */
    public int seatsTakenAt(String hallId, String category, OffsetDateTime startsAt) {
        List<?> rows = getEntityManager().createNativeQuery(
                        "SELECT booked FROM appointment_slot WHERE hall_id = ?1 AND category = ?2 AND starts_at = ?3")
                .setParameter(1, hallId).setParameter(2, category).setParameter(3, startsAt)
                .getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    public void releaseSeat(String hallId, String category, OffsetDateTime startsAt) {
        getEntityManager().createNativeQuery("""
                        UPDATE appointment_slot SET booked = booked - 1
                        WHERE hall_id = ?1 AND category = ?2 AND starts_at = ?3 AND booked > 0""")
                .setParameter(1, hallId).setParameter(2, category).setParameter(3, startsAt)
                .executeUpdate();
    }

    /**
     * Stores a booked appointment unless its dossier already has one (the partial unique index decides, so two
     * concurrent bookings for one dossier cannot both succeed); returns whether it was stored.
     */
    public boolean insertBooked(AppointmentEntity a) {
        return getEntityManager().createNativeQuery("""
                        INSERT INTO appointment (id, dossier_id, partner_id, hall_id, category, starts_at, ends_at, status,
                            sequence, booked_at, booked_by, updated_at, idempotency_key, request_hash)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'BOOKED', 0, ?8, ?9, ?8, ?10, ?11)
                        ON CONFLICT (dossier_id) WHERE status = 'BOOKED' DO NOTHING""")
                .setParameter(1, a.id).setParameter(2, a.dossierId).setParameter(3, a.partnerId)
                .setParameter(4, a.hallId).setParameter(5, a.category).setParameter(6, a.startsAt)
                .setParameter(7, a.endsAt).setParameter(8, a.bookedAt).setParameter(9, a.bookedBy)
                .setParameter(10, a.idempotencyKey).setParameter(11, a.requestHash)
                .executeUpdate() == 1;
    }

    /** Shares the hall's row lock: bookings of a hall go on together, but not while a notice for it is published. */
    public void lockHallForBooking(String hallId) {
        getEntityManager().createNativeQuery("SELECT id FROM hall WHERE id = ?1 FOR SHARE")
                .setParameter(1, hallId).getResultList();
    }

    /** Takes the hall's row exclusively: no booking of the hall commits while a notice is published and applied. */
    public void lockHallForNotice(String hallId) {
        getEntityManager().createNativeQuery("SELECT id FROM hall WHERE id = ?1 FOR UPDATE")
                .setParameter(1, hallId).getResultList();
    }

    public Optional<AppointmentEntity> findForUpdate(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public Optional<AppointmentEntity> activeForDossierForUpdate(UUID dossierId) {
        return find("dossierId = ?1 and status = ?2", dossierId, AppointmentEntity.BOOKED)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public Optional<AppointmentEntity> findByIdempotencyKey(String partnerId, String key) {
        return find("partnerId = ?1 and idempotencyKey = ?2", partnerId, key).firstResultOptional();
    }

    public List<AppointmentEntity> listForDossier(UUID dossierId) {
        return list("dossierId = ?1 order by bookedAt desc", dossierId);
    }

    public List<AppointmentEntity> listAtHall(String hallId, OffsetDateTime from, OffsetDateTime to, int limit) {
        return find("hallId = ?1 and startsAt >= ?2 and startsAt < ?3 order by startsAt, bookedAt", hallId, from, to)
                .page(0, limit).list();
    }

    /** The booked appointments of a hall starting in [from, to), locked, in time order. */
    public List<AppointmentEntity> bookedAtHallForUpdate(String hallId, OffsetDateTime from, OffsetDateTime to) {
        return find("hallId = ?1 and status = ?2 and startsAt >= ?3 and startsAt < ?4 order by startsAt, id",
                hallId, AppointmentEntity.BOOKED, from, to)
                .withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** Seats taken per slot start of these halls and this category in [from, to) (all categories when null). */
    public Map<String, Map<Instant, Integer>> seatsTaken(Collection<String> hallIds, String category,
            OffsetDateTime from, OffsetDateTime to) {
        Map<String, Map<Instant, Integer>> taken = new HashMap<>();
        if (hallIds.isEmpty()) {
            return taken;
        }
        String sql = "SELECT hall_id, starts_at, SUM(booked) FROM appointment_slot WHERE hall_id IN (?1)"
                + " AND starts_at >= ?2 AND starts_at < ?3 AND booked > 0"
                + (category == null ? "" : " AND category = ?4") + " GROUP BY hall_id, starts_at";
        var query = getEntityManager().createNativeQuery(sql)
                .setParameter(1, hallIds).setParameter(2, from).setParameter(3, to);
        if (category != null) {
            query.setParameter(4, category);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        for (Object[] row : rows) {
            taken.computeIfAbsent((String) row[0], h -> new HashMap<>())
                    .put(instant(row[1]), ((Number) row[2]).intValue());
        }
        return taken;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
