package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.EventPayload;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.ProblemKind;
import cn.zgc.residence.documents.domain.lifecycle.DossierAction;
import cn.zgc.residence.documents.domain.lifecycle.DossierState;
import cn.zgc.residence.documents.domain.lifecycle.Lifecycle;
import cn.zgc.residence.documents.repository.DossierEntity;
import cn.zgc.residence.documents.repository.DossierHistoryEntity;
import cn.zgc.residence.documents.repository.DossierRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Function;

/**
 * Moves a dossier as the {@link Lifecycle} table allows: the new state, one history line and exactly one outbox event
 * per transition, in the caller's transaction. A move the table refuses is 409 (naming the state and what is allowed)
 * or 403 (the move exists, but not for this role).
 */
@ApplicationScoped
public class Transitions {

    private final DossierRepository dossiers;
    private final Outbox outbox;

    public Transitions(DossierRepository dossiers, Outbox outbox) {
        this.dossiers = dossiers;
        this.outbox = outbox;
    }

    /** Refuses the action unless the table allows it now, for this actor; returns the state it leads to. */
    public DossierState check(DossierEntity d, DossierAction action, Acting who) {
        try {
            return Lifecycle.next(d.state, action, who.actor());
        } catch (Lifecycle.Refusal refusal) {
            if (refusal.kind() == Lifecycle.Refusal.Kind.NOT_FOR_ACTOR) {
                throw ApiException.of(ProblemKind.FORBIDDEN, new Text(action + " of a " + d.state + " dossier is not for "
                        + who.actor(), "状态为 " + d.state + " 的档案，" + action + " 不由 " + who.actor() + " 执行"));
            }
            throw ApiException.conflict(new Text("Dossier " + d.id + " is " + d.state + ": " + action
                    + " is not possible; allowed now: " + Lifecycle.allowedFrom(d.state), "档案 " + d.id + " 的状态是 "
                    + d.state + "：不能执行 " + action + "；当前允许：" + Lifecycle.allowedFrom(d.state)));
        }
    }

    /** The transition: state, history line (with the reason, if any) and its one event. */
    public void move(DossierEntity d, DossierAction action, Acting who, OffsetDateTime at, String reasonEn,
            String reasonZh, Function<DossierState, EventPayload> event) {
        DossierState from = d.state;
        DossierState next = check(d, action, who);
        d.state = next;
        d.updatedAt = at;
        DossierHistoryEntity line = line(d, DossierHistoryEntity.TRANSITION, action, from, who, at, reasonEn, reasonZh);
        line.toState = next.name();
        dossiers.record(line);
        outbox.record(event.apply(from));
    }

    /** An officer's review of one item: a history line, the state unchanged. */
    public void recordItemReview(DossierEntity d, String code, String verdict, Acting who, OffsetDateTime at,
            String reasonEn, String reasonZh) {
        DossierHistoryEntity line = line(d, DossierHistoryEntity.ITEM_REVIEW, DossierAction.REVIEW_ITEM, d.state, who, at,
                reasonEn, reasonZh);
        line.itemCode = code;
        line.verdict = verdict;
        dossiers.record(line);
    }

    /** A change to one of an item's files (UPLOADED, REPLACED, REMOVED, DAMAGED): a history line, the state unchanged. */
    public void recordFile(DossierEntity d, String code, String action, UUID fileId, String sha256, Acting who,
            OffsetDateTime at) {
        DossierHistoryEntity line = new DossierHistoryEntity();
        line.dossierId = d.id;
        line.kind = DossierHistoryEntity.FILE;
        line.action = action;
        line.fromState = d.state.name();
        line.toState = d.state.name();
        line.itemCode = code;
        line.actorRole = who.actor().name();
        line.actorId = who.id();
        line.at = at;
        line.fileId = fileId;
        line.sha256 = sha256;
        dossiers.record(line);
    }

    private static DossierHistoryEntity line(DossierEntity d, String kind, DossierAction action, DossierState from,
            Acting who, OffsetDateTime at, String reasonEn, String reasonZh) {
        DossierHistoryEntity line = new DossierHistoryEntity();
        line.dossierId = d.id;
        line.kind = kind;
        line.action = action.name();
        line.fromState = from.name();
        line.toState = from.name();
        line.actorRole = who.actor().name();
        line.actorId = who.id();
        line.at = at;
        line.reasonEn = reasonEn;
        line.reasonZh = reasonZh;
        return line;
    }
}
