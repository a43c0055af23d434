package cn.zgc.residence.offices.service;

import cn.zgc.residence.common.i18n.CallerLanguage;
import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.time.BusinessClock;
import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.AppointmentBooked;
import cn.zgc.residence.common.events.payload.AppointmentRescheduled;
import cn.zgc.residence.common.idempotency.IdempotentRequest;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.offices.api.AppointmentView;
import cn.zgc.residence.offices.api.BookingRequest;
import cn.zgc.residence.offices.api.CancellationRequest;
import cn.zgc.residence.offices.api.RescheduleRequest;
import cn.zgc.residence.offices.client.DocumentsDossiers;
import cn.zgc.residence.offices.client.DossierSummary;
import cn.zgc.residence.offices.config.OfficesConfig;
import cn.zgc.residence.offices.domain.ApplicantFacts;
import cn.zgc.residence.offices.domain.Hall;
import cn.zgc.residence.offices.domain.OpeningHoursCalculator;
import cn.zgc.residence.offices.domain.Slot;
import cn.zgc.residence.offices.repository.AppointmentEntity;
import cn.zgc.residence.offices.repository.AppointmentRepository;
import cn.zgc.residence.offices.repository.DossierStandingRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Appointments for dossiers. A booking is one transaction: it reads whose dossier it is and in which state from what
 * documents.dossiers announced ({@link DossierStandingRepository}), takes a seat (the database counts seats), stores
 * the appointment (one active per dossier, by a unique index) and records AppointmentBooked. A dossier not heard of
 * yet is asked for at documents-service with the caller's own token, outside any transaction, and the booking's
 * transaction runs again with the answer.
 */
@ApplicationScoped
public class AppointmentService {

    /** What an appointment and a dossier are called in problem details. */
    public static final Text APPOINTMENT = new Text("Appointment", "预约");
    public static final Text DOSSIER = new Text("Dossier", "档案");

    private final SlotBooking slots;
    private final AppointmentRepository appointments;
    private final AppointmentReleases releases;
    private final DocumentsDossiers dossiers;
    private final DossierStandingRepository standings;
    private final Caller caller;
    private final Outbox outbox;
    private final OfficesConfig config;
    private final Clock clock;
    private final CallerLanguage language;

    public AppointmentService(SlotBooking slots, AppointmentRepository appointments, AppointmentReleases releases,
            DocumentsDossiers dossiers, DossierStandingRepository standings, Caller caller, Outbox outbox, OfficesConfig config, Clock clock,
            CallerLanguage language) {
        this.slots = slots;
        this.appointments = appointments;
        this.releases = releases;
        this.dossiers = dossiers;
        this.standings = standings;
        this.caller = caller;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.language = language;
    }

    /** A booking's answer: the appointment, and whether it is the replay of an earlier request with the same key. */
    public record Booked(AppointmentView appointment, boolean replayed) {
    }

    public Booked book(BookingRequest r, String idempotencyKey) {
        String partnerId = caller.partnerId();
        String hash = hash(r);
        if (idempotencyKey != null) {
            Optional<Booked> replay = replay(partnerId, idempotencyKey, hash);
            if (replay.isPresent()) {
                return replay.get();
            }
        }
        Hall hall = slots.hall(r.hallId(), "hallId");
        ApplicantFacts applicant = applicant(r.employerDistrict(), r.demonstratingEntity());
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        AppointmentEntity a = new AppointmentEntity();
        a.id = UUID.randomUUID();
        a.dossierId = r.dossierId();
        a.partnerId = partnerId;
        a.hallId = hall.id();
        a.status = AppointmentEntity.BOOKED;
        a.bookedAt = now;
        a.updatedAt = now;
        a.bookedBy = caller.actor();
        a.idempotencyKey = idempotencyKey;
        a.requestHash = hash;
        try {
            // the dossier as offices-service heard of it, read in the booking's transaction; one not heard of yet is
            // asked for at documents-service outside any transaction, and the booking runs again with its answer
            boolean booked = QuarkusTransaction.requiringNew().call(() -> take(a, r, hall, applicant,
                    heardOf(r.dossierId()).orElse(null), now));
            if (!booked) {
                DossierSummary told = dossiers.findForCaller(r.dossierId())
                        .orElseThrow(() -> ApiException.notFound(DOSSIER, r.dossierId()));
                QuarkusTransaction.requiringNew().call(() -> take(a, r, hall, applicant, told, now));
            }
        } catch (ApiException e) {
            throw e;
        } catch (RuntimeException e) {
            // the same key stored by a concurrent retry: answer as its replay
            if (idempotencyKey != null) {
                Optional<Booked> replay = replay(partnerId, idempotencyKey, hash);
                if (replay.isPresent()) {
                    return replay.get();
                }
            }
            throw e;
        }
        return new Booked(view(a, hall), false);
    }

    /**
     * Books {@code a} in the caller's transaction for this dossier: a seat of the slot (the database counts them),
     * the appointment (one active per dossier) and AppointmentBooked. Returns false, having written nothing,
     * when the dossier is not known ({@code null}).
     */
    private boolean take(AppointmentEntity a, BookingRequest r, Hall hall, ApplicantFacts applicant,
            DossierSummary dossier, OffsetDateTime now) {
        if (dossier == null) {
            return false;
        }
        if (!a.partnerId.equals(dossier.partnerId())) {
            throw ApiException.notFound(DOSSIER, r.dossierId());
        }
        requireOpen(r.dossierId(), dossier);
        a.category = category(r.category(), dossier);
        slots.requireTakes(hall, a.category, applicant);
        Slot slot = slots.reserveUnlessFull(hall, a.category, r.startsAt(), now);
        a.startsAt = slot.startsAt();
        a.endsAt = slot.endsAt();
        if (!appointments.insertBooked(a)) {
            throw ApiException.conflict(new Text("Dossier " + a.dossierId + " already has a booked appointment:"
                    + " cancel or reschedule it (GET /api/v1/appointments?dossierId=" + a.dossierId + ")",
                    "档案 " + a.dossierId + " 已有一个已预订的预约：请取消或改约（GET /api/v1/appointments?dossierId="
                    + a.dossierId + "）"));
        }
        if (!appointments.takeSeat(hall.id(), a.category, a.startsAt, slot.capacity())) {
            throw SlotBooking.full(hall, slot);
        }
        outbox.record(new AppointmentBooked(a.id, a.dossierId, a.partnerId, a.hallId, a.category,
                local(a.startsAt), local(a.endsAt), now));
        return true;
    }

    public AppointmentView get(UUID id) {
        AppointmentEntity a = visible(QuarkusTransaction.requiringNew().call(() -> appointments.findByIdOptional(id))
                .orElseThrow(() -> ApiException.notFound(APPOINTMENT, id)));
        return view(a);
    }

    /** A dossier's appointments, newest first (a partner sees only its own), or immigration's view of a hall's days. */
    public List<AppointmentView> list(UUID dossierId, String hallId, LocalDate from, LocalDate to) {
        if (dossierId != null) {
            return QuarkusTransaction.requiringNew().call(() -> appointments.listForDossier(dossierId)).stream()
                    .filter(a -> caller.isImmigration() || a.partnerId.equals(caller.partnerId()))
                    .map(this::view).toList();
        }
        if (!caller.isImmigration()) {
            throw ApiException.invalid("dossierId", new Text("is required", "必填"));
        }
        if (hallId == null) {
            throw ApiException.invalid("dossierId", new Text("dossierId, or hallId with from and to, is required",
                    "须提供 dossierId，或 hallId 及 from 和 to"));
        }
        slots.hall(hallId, "hallId");
        LocalDate start = from != null ? from : LocalDate.now(clock);
        LocalDate end = to != null ? to : start;
        if (start.isAfter(end) || ChronoUnit.DAYS.between(start, end) > 31) {
            throw ApiException.invalid("to", new Text("must be from 0 to 31 days after from",
                    "须在 from 之后 0 至 31 天内"));
        }
        OffsetDateTime lo = start.atStartOfDay(BusinessClock.ZONE).toOffsetDateTime();
        OffsetDateTime hi = end.plusDays(1).atStartOfDay(BusinessClock.ZONE).toOffsetDateTime();
        return QuarkusTransaction.requiringNew().call(() -> appointments.listAtHall(hallId, lo, hi, 2000)).stream()
                .map(this::view).toList();
    }

    public AppointmentView cancel(UUID id, CancellationRequest request) {
        boolean immigration = caller.isImmigration();
        String en = request != null && request.reasonEn() != null && !request.reasonEn().isBlank()
                ? request.reasonEn().strip()
                : immigration ? "Cancelled by the hall" : "Cancelled by the partner";
        String zh = request != null && request.reasonZh() != null && !request.reasonZh().isBlank()
                ? request.reasonZh().strip()
                : immigration ? "大厅已取消预约" : "申请单位已取消预约";
        AppointmentEntity a = QuarkusTransaction.requiringNew().call(() -> {
            AppointmentEntity locked = visible(appointments.findForUpdate(id)
                    .orElseThrow(() -> ApiException.notFound(APPOINTMENT, id)));
            if (!locked.isBooked()) {
                throw ApiException.conflict(new Text("Appointment " + id + " is already CANCELLED",
                        "预约 " + id + " 已经是 CANCELLED（已取消）"));
            }
            releases.cancel(locked, immigration ? AppointmentReleases.IMMIGRATION : AppointmentReleases.PARTNER, en, zh,
                    null, caller.actor());
            return locked;
        });
        return view(a);
    }

    public AppointmentView reschedule(UUID id, RescheduleRequest r) {
        AppointmentEntity current = visible(QuarkusTransaction.requiringNew().call(() -> appointments.findByIdOptional(id))
                .orElseThrow(() -> ApiException.notFound(APPOINTMENT, id)));
        if (!current.isBooked()) {
            throw cancelled(id);
        }
        dossier(current.dossierId);
        Hall hall = slots.hall(r.hallId() != null ? r.hallId() : current.hallId, "hallId");
        slots.requireTakes(hall, current.category, applicant(r.employerDistrict(), r.demonstratingEntity()));
        OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
        AppointmentEntity moved = QuarkusTransaction.requiringNew().call(() -> {
            // the hall before the appointment, in the order a notice takes them, so that the two cannot deadlock
            appointments.lockHallForBooking(hall.id());
            AppointmentEntity a = appointments.findForUpdate(id).orElseThrow(() -> ApiException.notFound(APPOINTMENT, id));
            if (!a.isBooked()) {
                throw cancelled(id);
            }
            var slot = slots.reserve(hall, a.category, r.startsAt(), now);
            if (hall.id().equals(a.hallId) && slot.startsAt().isEqual(a.startsAt)) {
                throw ApiException.conflict(new Text("Appointment " + id + " is already at " + local(a.startsAt),
                        "预约 " + id + " 已经在 " + local(a.startsAt)));
            }
            String previousHall = a.hallId;
            OffsetDateTime previousStart = a.startsAt;
            OffsetDateTime previousEnd = a.endsAt;
            // seats in a fixed order (hall, time), so that two reschedules crossing each other cannot deadlock
            boolean newFirst = (hall.id() + slot.startsAt().toInstant())
                    .compareTo(previousHall + previousStart.toInstant()) < 0;
            if (!newFirst) {
                appointments.releaseSeat(previousHall, a.category, previousStart);
            }
            if (!appointments.takeSeat(hall.id(), a.category, slot.startsAt(), slot.capacity())) {
                throw SlotBooking.full(hall, slot);
            }
            if (newFirst) {
                appointments.releaseSeat(previousHall, a.category, previousStart);
            }
            a.hallId = hall.id();
            a.startsAt = slot.startsAt();
            a.endsAt = slot.endsAt();
            a.sequence++;
            a.updatedAt = now;
            outbox.record(new AppointmentRescheduled(a.id, a.dossierId, a.partnerId, a.category, previousHall,
                    local(previousStart), local(previousEnd), a.hallId, local(a.startsAt), local(a.endsAt), now));
            return a;
        });
        return view(moved);
    }

    /** The appointment as an iCalendar invitation (METHOD:REQUEST; METHOD:CANCEL once cancelled). */
    public String invitation(UUID id) {
        AppointmentEntity a = visible(QuarkusTransaction.requiringNew().call(() -> appointments.findByIdOptional(id))
                .orElseThrow(() -> ApiException.notFound(APPOINTMENT, id)));
        Hall hall = slots.hall(a.hallId, "hallId");
        String checklist = config.appointments().checklistUrl().replace("{dossierId}", a.dossierId.toString());
        return IcsCalendar.invitation(new IcsCalendar.Invitation(a.id, a.dossierId, a.partnerId, a.category,
                local(a.startsAt), local(a.endsAt), a.sequence, a.isBooked(), a.updatedAt), hall, checklist,
                config.appointments().organizer(), OffsetDateTime.now(clock));
    }

    private DossierSummary dossier(UUID dossierId) {
        DossierSummary dossier = QuarkusTransaction.requiringNew().call(() -> heardOf(dossierId))
                .or(() -> dossiers.findForCaller(dossierId))
                .orElseThrow(() -> ApiException.notFound(DOSSIER, dossierId));
        requireOpen(dossierId, dossier);
        return dossier;
    }

    /** The dossier's owner and state as documents.dossiers announced them, if offices-service heard of it. */
    private Optional<DossierSummary> heardOf(UUID dossierId) {
        return standings.findByIdOptional(dossierId)
                .map(known -> new DossierSummary(known.dossierId, known.partnerId, known.state, null, null));
    }

    /** A dossier in a closed state (withdrawn, refused, ...) takes no appointment: 409. */
    private void requireOpen(UUID dossierId, DossierSummary dossier) {
        String state = dossier.lifecycleState();
        if (state != null && config.appointments().closedDossierStates().contains(state)) {
            throw ApiException.conflict(new Text("Dossier " + dossierId + " is " + state
                    + ": no appointment can be booked or moved", "档案 " + dossierId + " 的状态是 " + state
                    + "：不能预约或改约"));
        }
    }

    private String category(String requested, DossierSummary dossier) {
        String own = dossier.category() != null ? dossier.category() : config.appointments().defaultCategory();
        if (requested != null && !requested.isBlank() && !requested.strip().equals(own)) {
            throw ApiException.invalid("category", new Text("the dossier is a " + own + " application",
                    "该档案是 " + own + " 类申请"));
        }
        return own;
    }

    private static ApiException cancelled(UUID id) {
        return ApiException.conflict(new Text("Appointment " + id + " is CANCELLED: book a new one",
                "预约 " + id + " 已取消（CANCELLED）：请重新预约"));
    }

    private static ApplicantFacts applicant(String employerDistrict, Boolean demonstratingEntity) {
        return new ApplicantFacts(HallService.district("employerDistrict", employerDistrict),
                Boolean.TRUE.equals(demonstratingEntity));
    }

    private AppointmentEntity visible(AppointmentEntity a) {
        if (caller.isImmigration()) {
            return a;
        }
        return caller.visible(a, a.partnerId, APPOINTMENT, a.id);
    }

    private Optional<Booked> replay(String partnerId, String key, String hash) {
        IdempotentRequest request = new IdempotentRequest(partnerId, key, hash);
        return QuarkusTransaction.requiringNew().call(() -> request
                .replay(appointments.findByIdempotencyKey(partnerId, key), a -> a.requestHash)
                .map(existing -> new Booked(view(existing), true)));
    }

    private AppointmentView view(AppointmentEntity a) {
        return view(a, slots.hall(a.hallId, "hallId"));
    }

    private AppointmentView view(AppointmentEntity a, Hall hall) {
        AppointmentView.Cancellation cancellation = a.isBooked() ? null
                : new AppointmentView.Cancellation(a.cancelCause, a.cancelReasonEn, a.cancelReasonZh, a.cancelNoticeId,
                        local(a.cancelledAt));
        Language in = language.get();
        return new AppointmentView(a.id, a.dossierId, a.partnerId, a.hallId, in.pick(hall.nameEn(), hall.nameZh()),
                in.pick(hall.addressEn(), hall.addressZh()), a.category,
                local(a.startsAt), local(a.endsAt), a.status, local(a.bookedAt), a.sequence, cancellation,
                "/api/v1/appointments/" + a.id + "/invitation.ics");
    }

    /** A stored instant as Beijing time with its offset. */
    static OffsetDateTime local(OffsetDateTime t) {
        return t == null ? null : t.atZoneSameInstant(BusinessClock.ZONE).toOffsetDateTime();
    }

    /** What makes two bookings the same one, as one line (the fingerprint of stored bookings is of this line). */
    private static String hash(BookingRequest r) {
        return IdempotentRequest.fingerprint(List.of(r.dossierId() + "|" + r.hallId() + "|" + r.startsAt().toInstant()
                + "|" + r.category() + "|" + r.employerDistrict() + "|" + r.demonstratingEntity()));
    }
}
