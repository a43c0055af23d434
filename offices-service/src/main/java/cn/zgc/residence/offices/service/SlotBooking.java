package cn.zgc.residence.offices.service;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.time.BusinessClock;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.offices.domain.ApplicantFacts;
import cn.zgc.residence.offices.domain.CapacityPlan;
import cn.zgc.residence.offices.domain.DaySchedule;
import cn.zgc.residence.offices.domain.Hall;
import cn.zgc.residence.offices.domain.HallHours;
import cn.zgc.residence.offices.domain.HallNotice;
import cn.zgc.residence.offices.domain.OpeningHoursCalculator;
import cn.zgc.residence.offices.domain.Slot;
import cn.zgc.residence.offices.repository.AppointmentRepository;
import cn.zgc.residence.offices.repository.HallNoticeRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Which slot a booking asks for, decided inside the booking's transaction from the database's notices and capacity
 * (not only the snapshot, which another replica's notice may not have reached yet), with the hall row share-locked
 * so that a notice being published for the hall waits for the booking or the booking for it.
 */
@ApplicationScoped
public class SlotBooking {

    private final HallDirectory directory;
    private final SlotService slots;
    private final HallNoticeRepository notices;
    private final AppointmentRepository appointments;

    public SlotBooking(HallDirectory directory, SlotService slots, HallNoticeRepository notices,
            AppointmentRepository appointments) {
        this.directory = directory;
        this.slots = slots;
        this.notices = notices;
        this.appointments = appointments;
    }

    /** A hall named in a request body: unknown is a 400 naming the field. */
    public Hall hall(String id, String field) {
        return directory.snapshot().hall(id).orElseThrow(() -> ApiException.invalid(field,
                new Text("no hall " + id, "没有服务大厅 " + id)));
    }

    /** The hall must take the category from this applicant (condition (a) as the partner declares it). */
    public void requireTakes(Hall hall, String category, ApplicantFacts applicant) {
        if (hall.takes(category, applicant).isEmpty()) {
            boolean conditional = hall.accepts().stream().anyMatch(r -> r.category().equals(category));
            throw ApiException.unprocessable(new Text("Hall " + hall.id() + " does not take " + category
                    + " applications" + (conditional ? " from this applicant (condition (a): a demonstrating entity"
                    + " in the hall's district, declared with employerDistrict and demonstratingEntity)" : ""),
                    "服务大厅 " + hall.id() + (conditional ? " 不受理此申请人的 " : " 不受理 ") + category + " 类申请"
                    + (conditional ? "（条件 (a)：本区的示范单位，以 employerDistrict 和 demonstratingEntity 申报）" : "")));
        }
    }

    /**
     * The slot a new booking takes. It is worked out first without the hall's lock, and a slot whose seats are all
     * taken is refused then (409), writing nothing; otherwise the hall's row is share-locked, so that no notice of the
     * hall is being published meanwhile, and the slot is worked out again from the day's notices read under the lock
     * (the capacity plan, read once, is not guarded by that lock).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Slot reserveUnlessFull(Hall hall, String category, OffsetDateTime startsAt, OffsetDateTime now) {
        requireFuture(startsAt, now);
        CapacityPlan plan = plan(hall);
        Slot asked = slotOf(hall, category, startsAt, plan);
        if (appointments.seatsTakenAt(hall.id(), category, asked.startsAt()) >= asked.capacity()) {
            throw full(hall, asked);
        }
        appointments.lockHallForBooking(hall.id());
        return slotOf(hall, category, startsAt, plan);
    }

    /**
     * The slot a move writes into: the hall's row share-locked first, so that no notice of the hall is being
     * published meanwhile, then the slot as the hall's day and capacity stand under that lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Slot reserve(Hall hall, String category, OffsetDateTime startsAt, OffsetDateTime now) {
        requireFuture(startsAt, now);
        appointments.lockHallForBooking(hall.id());
        return slotOf(hall, category, startsAt, plan(hall));
    }

    /** The answer to a booking or a move into a slot whose seats are all taken. */
    static ApiException full(Hall hall, Slot slot) {
        return ApiException.conflict(new Text("The slot at " + slot.startsAt() + " at " + hall.id()
                + " is fully booked (" + slot.capacity() + " seats); choose another (GET /api/v1/halls/" + hall.id()
                + "/slots)", "服务大厅 " + hall.id() + " 在 " + slot.startsAt() + " 的时段已约满（" + slot.capacity()
                + " 个名额）；请另选时段（GET /api/v1/halls/" + hall.id() + "/slots）"));
    }

    private static void requireFuture(OffsetDateTime startsAt, OffsetDateTime now) {
        if (!startsAt.isAfter(now)) {
            throw ApiException.invalid("startsAt", new Text("must be in the future", "须为将来的时间"));
        }
    }

    private CapacityPlan plan(Hall hall) {
        return slots.plans(List.of(hall.id())).get(hall.id());
    }

    /** The slot starting at {@code startsAt}, from the day's notices as the database has them now. */
    private Slot slotOf(Hall hall, String category, OffsetDateTime startsAt, CapacityPlan plan) {
        ZonedDateTime local = startsAt.atZoneSameInstant(BusinessClock.ZONE);
        HallDirectory.Snapshot s = directory.snapshot();
        List<HallNotice> fresh = notices.coveringDay(hall.id(), local.toLocalDate()).stream()
                .map(HallDirectory::toNotice).toList();
        HallHours hours = new HallHours(hall.id(), s.hours().get(hall.id()).versions(), fresh);
        DaySchedule day = s.calculator().day(hours, local.toLocalDate());
        return slots.planner(s).slotsOfDay(hall.id(), day, plan, category).stream()
                .filter(slot -> slot.starts().equals(local.toLocalTime()))
                .findFirst()
                .orElseThrow(() -> ApiException.invalid("startsAt", new Text("no " + category + " slot of "
                        + hall.id() + " starts then; see GET /api/v1/halls/" + hall.id() + "/slots",
                        "服务大厅 " + hall.id() + " 此时没有开始的 " + category + " 时段；请查看 GET /api/v1/halls/"
                        + hall.id() + "/slots")));
    }
}
