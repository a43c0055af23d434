package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.DossierOpened;
import cn.zgc.residence.common.events.payload.DossierWithdrawn;
import cn.zgc.residence.common.events.payload.LetterRevoked;
import cn.zgc.residence.documents.api.ApplicantFactsInput;
import cn.zgc.residence.documents.domain.ApplicantFacts;
import cn.zgc.residence.documents.domain.lifecycle.DossierAction;
import cn.zgc.residence.documents.domain.lifecycle.DossierState;
import cn.zgc.residence.documents.domain.lifecycle.Lifecycle;
import cn.zgc.residence.documents.repository.DossierEntity;
import cn.zgc.residence.documents.repository.DossierItemEntity;
import cn.zgc.residence.documents.repository.DossierRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The letter is the gate: a dossier opens only from a recommendation letter, with what the letter says (no call back
 * to eligibility-service), and a revoked letter withdraws its dossier unless it is already decided.
 */
@ApplicationScoped
public class DossierOpening {

    /** fees-service invoices a permanent-residence first application by this kind. */
    static final String FIRST_APPLICATION = "FIRST_APPLICATION";
    static final String LETTER_REVOKED = "LETTER_REVOKED";
    private static final Logger LOG = Logger.getLogger(DossierOpening.class);

    private final DossierRepository dossiers;
    private final ItemRules rules;
    private final Transitions transitions;
    private final DossierAccess access;
    private final StoredJson json;
    private final Outbox outbox;

    public DossierOpening(DossierRepository dossiers, ItemRules rules, Transitions transitions, DossierAccess access,
            StoredJson json, Outbox outbox) {
        this.dossiers = dossiers;
        this.rules = rules;
        this.transitions = transitions;
        this.access = access;
        this.json = json;
        this.outbox = outbox;
    }

    /**
     * Opens the letter's dossier with its track's base list (the partner then sends the applicant's facts), or finds
     * the one already open for the assessment. Runs in the consumer's transaction, which also records the event id.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID open(NewDossier command) {
        var letter = command.letter();
        Optional<DossierEntity> existing = dossiers.findByAssessment(letter.assessmentId());
        if (existing.isPresent()) {
            DossierEntity d = existing.get();
            if (d.letterNumber == null) {
                // a dossier a partner opened before the letter became the gate: it gets its letter now
                d.letterNumber = letter.letterNumber();
                d.letterIssuedAt = letter.issuedAt();
                d.assessmentTotal = letter.total();
                d.criteriaVersion = letter.criteriaVersion();
                d.updatedAt = access.now();
            }
            return d.id;
        }
        OffsetDateTime now = access.now();
        ApplicantFacts facts = ApplicantFacts.baseFor(command.track());
        DossierEntity d = new DossierEntity();
        d.id = UUID.randomUUID();
        d.assessmentId = letter.assessmentId();
        d.partnerId = letter.partnerId();
        d.applicantRef = letter.applicantRef();
        d.track = command.track().name();
        d.origin = NewDossier.FROM_RECOMMENDATION;
        d.letterNumber = letter.letterNumber();
        d.letterIssuedAt = letter.issuedAt();
        // a letter taken over from an earlier release's table names no criteria version and no total
        d.assessmentTotal = letter.criteriaVersion() == null ? null : letter.total();
        d.criteriaVersion = letter.criteriaVersion();
        d.facts = json.write(ApplicantFactsInput.of(facts));
        d.factsConfirmed = false;
        d.state = DossierState.OPEN;
        d.applicationKind = FIRST_APPLICATION;
        d.openedAt = now;
        d.updatedAt = now;
        dossiers.persist(d);
        List<DossierItemEntity> items = rules.syncItems(d, List.of(), facts, access.today());
        outbox.record(new DossierOpened(d.id, d.assessmentId, d.partnerId, d.applicantRef, d.track, items.size(), now,
                d.letterNumber));
        return d.id;
    }

    /** Withdraws the letter's dossier (cause LETTER_REVOKED, with the committee's reason) unless it is decided or ended. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void revoke(LetterRevoked revoked) {
        Optional<DossierEntity> found = dossiers.findByAssessmentForUpdate(revoked.assessmentId());
        if (found.isEmpty()) {
            LOG.infof("letter of assessment %s revoked; it has no dossier here", revoked.assessmentId());
            return;
        }
        DossierEntity d = found.get();
        if (Lifecycle.move(d.state, DossierAction.WITHDRAW).isEmpty()) {
            LOG.infof("letter of dossier %s revoked while it is %s: it stays", d.id, d.state);
            return;
        }
        OffsetDateTime now = access.now();
        d.withdrawnAt = now;
        d.withdrawalCause = LETTER_REVOKED;
        d.withdrawalReason = revoked.reason();
        transitions.move(d, DossierAction.WITHDRAW, Acting.SYSTEM, now, revoked.reason(), revoked.reason(),
                from -> new DossierWithdrawn(d.id, d.assessmentId, d.partnerId, LETTER_REVOKED, revoked.reason(), now));
    }
}
