package cn.zgc.residence.offices.service;

import cn.zgc.residence.common.time.BusinessClock;
import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.AppointmentCancelled;
import cn.zgc.residence.offices.domain.DaySchedule;
import cn.zgc.residence.offices.domain.HallHours;
import cn.zgc.residence.offices.domain.HallNotice;
import cn.zgc.residence.offices.domain.OpeningHoursCalculator;
import cn.zgc.residence.offices.domain.SlotPlanner;
import cn.zgc.residence.offices.repository.AppointmentEntity;
import cn.zgc.residence.offices.repository.AppointmentRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Cancels appointments and gives their seats back, each with an AppointmentCancelled event in the same transaction:
 * one at a caller's request, those a notice no longer lets fit, and a dossier's when it is withdrawn or returned.
 */
@ApplicationScoped
public class AppointmentReleases {

    public static final String PARTNER = "PARTNER";
    public static final String IMMIGRATION = "IMMIGRATION";
    public static final String NOTICE = "NOTICE";
    public static final String DOSSIER_WITHDRAWN = "DOSSIER_WITHDRAWN";
    public static final String DOSSIER_RETURNED = "DOSSIER_RETURNED";

    private static final Logger LOG = Logger.getLogger(AppointmentReleases.class);

    private final AppointmentRepository appointments;
    private final Outbox outbox;
    private final Clock clock;

    public AppointmentReleases(AppointmentRepository appointments, Outbox outbox, Clock clock) {
        this.appointments = appointments;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Cancels a booked appointment the caller's transaction holds locked. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void cancel(AppointmentEntity a, String cause, String reasonEn, String reasonZh, UUID noticeId, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        a.status = AppointmentEntity.CANCELLED;
        a.cancelledAt = now;
        a.cancelledBy = actor;
        a.cancelCause = cause;
        a.cancelReasonEn = reasonEn;
        a.cancelReasonZh = reasonZh;
        a.cancelNoticeId = noticeId;
        a.updatedAt = now;
        appointments.releaseSeat(a.hallId, a.category, a.startsAt);
        outbox.record(new AppointmentCancelled(a.id, a.dossierId, a.partnerId, a.hallId, a.category,
                AppointmentService.local(a.startsAt), AppointmentService.local(a.endsAt), cause, reasonEn, reasonZh,
                noticeId, now));
    }

    /**
     * Within the notice's own transaction (the hall row locked, so no booking of the hall commits meanwhile): cancels
     * exactly the booked appointments on the notice's days that no longer lie inside an open interval, with the
     * notice's reasons. Returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int applyNotice(HallNotice notice, HallHours withNotice, OpeningHoursCalculator calculator, String actor) {
        OffsetDateTime from = notice.from().atStartOfDay(BusinessClock.ZONE).toOffsetDateTime();
        OffsetDateTime to = notice.to().plusDays(1).atStartOfDay(BusinessClock.ZONE).toOffsetDateTime();
        int cancelled = 0;
        for (AppointmentEntity a : appointments.bookedAtHallForUpdate(notice.hallId(), from, to)) {
            ZonedDateTime starts = a.startsAt.atZoneSameInstant(BusinessClock.ZONE);
            LocalTime ends = a.endsAt.atZoneSameInstant(BusinessClock.ZONE).toLocalTime();
            DaySchedule day = calculator.day(withNotice, starts.toLocalDate());
            if (!SlotPlanner.fits(day, starts.toLocalTime(), ends)) {
                cancel(a, NOTICE, notice.reasonEn(), notice.reasonZh(), notice.id(), actor);
                cancelled++;
            }
        }
        return cancelled;
    }

    /** The dossier's active appointment, if any, is cancelled because the dossier was withdrawn or returned. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean releaseForDossier(UUID dossierId, String partnerId, String cause, String reasonEn, String reasonZh) {
        var active = appointments.activeForDossierForUpdate(dossierId);
        if (active.isEmpty()) {
            return false;
        }
        AppointmentEntity a = active.get();
        if (partnerId != null && !partnerId.equals(a.partnerId)) {
            LOG.warnf("%s for dossier %s names another partner than its appointment; appointment kept", cause, dossierId);
            return false;
        }
        cancel(a, cause, reasonEn, reasonZh, null, "documents-service");
        return true;
    }
}
