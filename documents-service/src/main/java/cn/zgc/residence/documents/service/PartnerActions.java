package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.events.payload.DossierSubmitted;
import cn.zgc.residence.common.events.payload.DossierWithdrawn;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.common.problem.Problem;
import cn.zgc.residence.common.problem.ProblemKind;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.documents.api.SubmissionRequest;
import cn.zgc.residence.documents.client.Appointment;
import cn.zgc.residence.documents.client.OfficesAppointments;
import cn.zgc.residence.documents.domain.Checklist;
import cn.zgc.residence.documents.domain.RulesVerdict;
import cn.zgc.residence.documents.domain.lifecycle.DossierAction;
import cn.zgc.residence.documents.repository.DossierEntity;
import cn.zgc.residence.documents.repository.DossierItemEntity;
import cn.zgc.residence.documents.repository.DossierRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The partner's moves: submitting a READY dossier to a hall for a booked appointment, and withdrawing. */
@ApplicationScoped
public class PartnerActions {

    static final String CAUSE_PARTNER = "PARTNER";

    private final DossierRepository dossiers;
    private final DossierAccess access;
    private final Transitions transitions;
    private final ItemRules rules;
    private final OfficesAppointments appointments;

    public PartnerActions(DossierRepository dossiers, DossierAccess access, Transitions transitions, ItemRules rules,
            OfficesAppointments appointments) {
        this.dossiers = dossiers;
        this.access = access;
        this.transitions = transitions;
        this.rules = rules;
        this.appointments = appointments;
    }

    /**
     * Checks the dossier may be submitted, asks offices-service for the appointment with the caller's token (outside
     * any transaction), then submits in one transaction, checking everything again.
     */
    public DossierEntity submit(UUID id, SubmissionRequest request, Caller caller, Optional<Long> ifMatch,
            String authorization) {
        QuarkusTransaction.requiringNew().run(() -> transitions.check(access.forWrite(id, caller, ifMatch),
                DossierAction.SUBMIT, Acting.of(caller)));
        Appointment appointment = verified(id, request, authorization);
        return QuarkusTransaction.requiringNew().call(() -> submitChecked(id, request, appointment, caller, ifMatch));
    }

    private Appointment verified(UUID id, SubmissionRequest request, String authorization) {
        Optional<Appointment> found;
        try {
            found = appointments.find(request.appointmentId(), authorization);
        } catch (RuntimeException e) {
            throw ApiException.of(ProblemKind.SERVICE_UNAVAILABLE, new Text(
                    "offices-service cannot confirm the appointment now; try again shortly",
                    "offices-service 现在无法确认该预约，请稍后再试"));
        }
        Appointment a = found.orElseThrow(() -> ApiException.unprocessable(new Text("Appointment "
                + request.appointmentId() + " does not exist or is not yours",
                "预约 " + request.appointmentId() + " 不存在或不属于您")));
        List<FieldError> wrong = new ArrayList<>();
        if (!Appointment.BOOKED.equals(a.status())) {
            wrong.add(new FieldError("appointmentId", new Text("the appointment is " + a.status() + ", not BOOKED",
                    "该预约的状态是 " + a.status() + "，不是 BOOKED")));
        }
        if (!id.equals(a.dossierId())) {
            wrong.add(new FieldError("appointmentId", new Text("the appointment is booked for another dossier",
                    "该预约是为另一份档案预订的")));
        }
        if (!request.hallId().equals(a.hallId())) {
            wrong.add(new FieldError("hallId", new Text("the appointment is at " + a.hallId(),
                    "该预约在 " + a.hallId())));
        }
        if (!wrong.isEmpty()) {
            throw new ApiException(Problem.of(ProblemKind.UNPROCESSABLE, new Text(
                    "The appointment does not fit this submission", "该预约与本次提交不符")).withErrors(wrong));
        }
        return a;
    }

    private DossierEntity submitChecked(UUID id, SubmissionRequest request, Appointment appointment, Caller caller,
            Optional<Long> ifMatch) {
        DossierEntity d = access.forWrite(id, caller, ifMatch);
        transitions.check(d, DossierAction.SUBMIT, Acting.of(caller));
        if (d.letterNumber == null) {
            throw ApiException.unprocessable(new Text("Dossier " + id + " has no recommendation letter yet",
                    "档案 " + id + " 尚无推荐函"));
        }
        LocalDate today = access.today();
        OffsetDateTime now = access.now();
        List<DossierItemEntity> items = dossiers.itemsOf(d.id);
        rules.reviewAll(items, today, now);
        List<FieldError> open = new ArrayList<>();
        items.stream().filter(i -> i.rulesVerdict != RulesVerdict.SATISFIED)
                .forEach(i -> open.add(rules.finding(i, today)));
        Checklist checklist = rules.checklist(d, today);
        checklist.blocking().forEach(b -> open.add(ItemRules.finding(b)));
        if (!open.isEmpty()) {
            throw new ApiException(Problem.of(ProblemKind.UNPROCESSABLE, new Text(open.size()
                    + " item(s) or condition(s) keep the dossier from being submitted today",
                    open.size() + " 个材料或条件使档案今天无法提交")).withErrors(open));
        }
        d.hallId = request.hallId();
        d.appointmentId = appointment.id();
        d.submittedAt = now;
        transitions.move(d, DossierAction.SUBMIT, Acting.of(caller), now, null, null,
                from -> new DossierSubmitted(d.id, d.assessmentId, d.partnerId, d.hallId, d.appointmentId, now));
        access.write(d);
        return d;
    }

    /** The partner withdraws the application before a decision. */
    @Transactional
    public DossierEntity withdraw(UUID id, String reason, Caller caller, Optional<Long> ifMatch) {
        DossierEntity d = access.forWrite(id, caller, ifMatch);
        OffsetDateTime now = access.now();
        d.withdrawnAt = now;
        d.withdrawalCause = CAUSE_PARTNER;
        d.withdrawalReason = reason;
        transitions.move(d, DossierAction.WITHDRAW, Acting.of(caller), now, reason, reason,
                from -> new DossierWithdrawn(d.id, d.assessmentId, d.partnerId, CAUSE_PARTNER, reason, now));
        access.write(d);
        return d;
    }
}
