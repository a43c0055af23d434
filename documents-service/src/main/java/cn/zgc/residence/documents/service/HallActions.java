package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.CardCollected;
import cn.zgc.residence.common.events.payload.CardProduced;
import cn.zgc.residence.common.events.payload.DocumentReviewed;
import cn.zgc.residence.common.events.payload.DossierDecided;
import cn.zgc.residence.common.events.payload.DossierReturned;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.documents.api.DecisionRequest;
import cn.zgc.residence.documents.api.ItemReviewRequest;
import cn.zgc.residence.documents.api.ReturnRequest;
import cn.zgc.residence.documents.domain.OfficerVerdict;
import cn.zgc.residence.documents.domain.lifecycle.DossierAction;
import cn.zgc.residence.documents.repository.DossierEntity;
import cn.zgc.residence.documents.repository.DossierItemEntity;
import cn.zgc.residence.documents.repository.DossierRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The hall's moves after submission (acceptance aside, see {@link Acceptance}): item reviews, return, decision, card. */
@ApplicationScoped
public class HallActions {

    private final DossierRepository dossiers;
    private final DossierAccess access;
    private final Transitions transitions;
    private final Outbox outbox;

    public HallActions(DossierRepository dossiers, DossierAccess access, Transitions transitions, Outbox outbox) {
        this.dossiers = dossiers;
        this.access = access;
        this.transitions = transitions;
        this.outbox = outbox;
    }

    /** An officer confirms or rejects one item of a submitted dossier, recorded as the officer's verdict. */
    @Transactional
    public DossierEntity reviewItem(UUID id, String code, ItemReviewRequest review, Caller caller, Optional<Long> ifMatch) {
        DossierEntity d = access.forWrite(id, caller, ifMatch);
        Acting who = Acting.of(caller);
        transitions.check(d, DossierAction.REVIEW_ITEM, who);
        if (review.verdict() == ItemReviewRequest.Verdict.REJECTED && (blank(review.reasonEn()) || blank(review.reasonZh()))) {
            throw ApiException.invalid("reasonEn", new Text(
                    "a rejection needs its reason in English (reasonEn) and Chinese (reasonZh)",
                    "退回材料须同时给出英文（reasonEn）和中文（reasonZh）理由"));
        }
        DossierItemEntity item = item(d, code);
        OffsetDateTime now = access.now();
        item.officerVerdict = OfficerVerdict.valueOf(review.verdict().name());
        item.originalSeen = Boolean.TRUE.equals(review.originalSeen());
        item.officerReasonEn = review.reasonEn();
        item.officerReasonZh = review.reasonZh();
        item.officerId = who.id();
        item.officerReviewedAt = now;
        transitions.recordItemReview(d, code, item.officerVerdict.name(), who, now, review.reasonEn(), review.reasonZh());
        outbox.record(new DocumentReviewed(d.id, d.partnerId, code, item.officerVerdict.name(), List.of(), now));
        access.write(d);
        return d;
    }

    /** The hall returns the dossier; each named item is rejected by the officer with its reasons. */
    @Transactional
    public DossierEntity returnDossier(UUID id, ReturnRequest request, Caller caller, Optional<Long> ifMatch) {
        DossierEntity d = access.forWrite(id, caller, ifMatch);
        Acting who = Acting.of(caller);
        transitions.check(d, DossierAction.RETURN, who);
        OffsetDateTime now = access.now();
        for (ReturnRequest.Item reason : request.items()) {
            DossierItemEntity item = item(d, reason.code());
            item.officerVerdict = OfficerVerdict.REJECTED;
            item.officerReasonEn = reason.reasonEn();
            item.officerReasonZh = reason.reasonZh();
            item.officerId = who.id();
            item.officerReviewedAt = now;
            transitions.recordItemReview(d, item.code, OfficerVerdict.REJECTED.name(), who, now, reason.reasonEn(),
                    reason.reasonZh());
        }
        List<String> codes = request.items().stream().map(ReturnRequest.Item::code).distinct().toList();
        transitions.move(d, DossierAction.RETURN, who, now, "Items to correct: " + String.join(", ", codes),
                "需修改的材料：" + String.join("、", codes),
                from -> new DossierReturned(d.id, d.assessmentId, d.partnerId, codes, now));
        access.write(d);
        return d;
    }

    /** APPROVED or REFUSED, with reasons in both languages. */
    @Transactional
    public DossierEntity decide(UUID id, DecisionRequest decision, Caller caller, Optional<Long> ifMatch) {
        DossierEntity d = access.forWrite(id, caller, ifMatch);
        OffsetDateTime now = access.now();
        DossierAction action = decision.outcome() == DecisionRequest.Outcome.APPROVED ? DossierAction.APPROVE
                : DossierAction.REFUSE;
        d.decisionReasonEn = decision.reasonEn();
        d.decisionReasonZh = decision.reasonZh();
        d.decidedAt = now;
        transitions.move(d, action, Acting.of(caller), now, decision.reasonEn(), decision.reasonZh(),
                from -> new DossierDecided(d.id, d.assessmentId, d.partnerId, d.applicantRef, decision.outcome().name(),
                        d.acceptanceDate, now));
        access.write(d);
        return d;
    }

    @Transactional
    public DossierEntity cardProduced(UUID id, Caller caller, Optional<Long> ifMatch) {
        DossierEntity d = access.forWrite(id, caller, ifMatch);
        OffsetDateTime now = access.now();
        d.cardProducedAt = now;
        transitions.move(d, DossierAction.PRODUCE_CARD, Acting.of(caller), now, null, null,
                from -> new CardProduced(d.id, d.assessmentId, d.partnerId, now));
        access.write(d);
        return d;
    }

    @Transactional
    public DossierEntity cardCollected(UUID id, Caller caller, Optional<Long> ifMatch) {
        DossierEntity d = access.forWrite(id, caller, ifMatch);
        OffsetDateTime now = access.now();
        d.collectedAt = now;
        transitions.move(d, DossierAction.COLLECT_CARD, Acting.of(caller), now, null, null,
                from -> new CardCollected(d.id, d.assessmentId, d.partnerId, now));
        access.write(d);
        return d;
    }

    private DossierItemEntity item(DossierEntity d, String code) {
        return dossiers.itemsOf(d.id).stream().filter(i -> i.code.equals(code)).findFirst()
                .orElseThrow(() -> ItemRules.notOnChecklist(code));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
