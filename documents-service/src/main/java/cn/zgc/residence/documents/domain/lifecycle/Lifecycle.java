package cn.zgc.residence.documents.domain.lifecycle;

import static cn.zgc.residence.documents.domain.lifecycle.Actor.IMMIGRATION;
import static cn.zgc.residence.documents.domain.lifecycle.Actor.PARTNER;
import static cn.zgc.residence.documents.domain.lifecycle.Actor.SYSTEM;
import static cn.zgc.residence.documents.domain.lifecycle.DossierAction.ACCEPT;
import static cn.zgc.residence.documents.domain.lifecycle.DossierAction.APPROVE;
import static cn.zgc.residence.documents.domain.lifecycle.DossierAction.BECOME_READY;
import static cn.zgc.residence.documents.domain.lifecycle.DossierAction.COLLECT_CARD;
import static cn.zgc.residence.documents.domain.lifecycle.DossierAction.CORRECT;
import static cn.zgc.residence.documents.domain.lifecycle.DossierAction.PRODUCE_CARD;
import static cn.zgc.residence.documents.domain.lifecycle.DossierAction.REFUSE;
import static cn.zgc.residence.documents.domain.lifecycle.DossierAction.REOPEN;
import static cn.zgc.residence.documents.domain.lifecycle.DossierAction.RETURN;
import static cn.zgc.residence.documents.domain.lifecycle.DossierAction.REVIEW_ITEM;
import static cn.zgc.residence.documents.domain.lifecycle.DossierAction.START_EXAMINATION;
import static cn.zgc.residence.documents.domain.lifecycle.DossierAction.SUBMIT;
import static cn.zgc.residence.documents.domain.lifecycle.DossierAction.WITHDRAW;
import static cn.zgc.residence.documents.domain.lifecycle.DossierState.ACCEPTED;
import static cn.zgc.residence.documents.domain.lifecycle.DossierState.APPROVED;
import static cn.zgc.residence.documents.domain.lifecycle.DossierState.CARD_PRODUCED;
import static cn.zgc.residence.documents.domain.lifecycle.DossierState.COLLECTED;
import static cn.zgc.residence.documents.domain.lifecycle.DossierState.OPEN;
import static cn.zgc.residence.documents.domain.lifecycle.DossierState.READY;
import static cn.zgc.residence.documents.domain.lifecycle.DossierState.REFUSED;
import static cn.zgc.residence.documents.domain.lifecycle.DossierState.RETURNED;
import static cn.zgc.residence.documents.domain.lifecycle.DossierState.SUBMITTED;
import static cn.zgc.residence.documents.domain.lifecycle.DossierState.UNDER_EXAMINATION;
import static cn.zgc.residence.documents.domain.lifecycle.DossierState.WITHDRAWN;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The dossier's lifecycle as one table: (state, action) -> (next state, who may). The service asks it before every
 * change; it never asks the database. Every move not in the table is refused.
 */
public final class Lifecycle {

    /** One cell of the table. {@code next == from} for the moves that keep the state (corrections, item reviews). */
    public record Move(DossierState next, Set<Actor> allowed) {
    }

    private static final Map<DossierState, Map<DossierAction, Move>> TABLE = new EnumMap<>(DossierState.class);

    static {
        row(OPEN, CORRECT, OPEN, PARTNER);
        row(OPEN, BECOME_READY, READY, SYSTEM);
        row(OPEN, WITHDRAW, WITHDRAWN, PARTNER, SYSTEM);

        row(READY, CORRECT, READY, PARTNER);
        row(READY, REOPEN, OPEN, SYSTEM);
        row(READY, SUBMIT, SUBMITTED, PARTNER);
        row(READY, WITHDRAW, WITHDRAWN, PARTNER, SYSTEM);

        row(SUBMITTED, REVIEW_ITEM, SUBMITTED, IMMIGRATION);
        row(SUBMITTED, RETURN, RETURNED, IMMIGRATION);
        row(SUBMITTED, ACCEPT, ACCEPTED, IMMIGRATION);
        row(SUBMITTED, WITHDRAW, WITHDRAWN, PARTNER, SYSTEM);

        row(RETURNED, REOPEN, OPEN, PARTNER);
        row(RETURNED, WITHDRAW, WITHDRAWN, PARTNER, SYSTEM);

        row(ACCEPTED, START_EXAMINATION, UNDER_EXAMINATION, SYSTEM);
        row(ACCEPTED, WITHDRAW, WITHDRAWN, PARTNER, SYSTEM);

        row(UNDER_EXAMINATION, APPROVE, APPROVED, IMMIGRATION);
        row(UNDER_EXAMINATION, REFUSE, REFUSED, IMMIGRATION);
        row(UNDER_EXAMINATION, WITHDRAW, WITHDRAWN, PARTNER, SYSTEM);

        row(APPROVED, PRODUCE_CARD, CARD_PRODUCED, IMMIGRATION);
        row(CARD_PRODUCED, COLLECT_CARD, COLLECTED, IMMIGRATION);
    }

    private Lifecycle() {
    }

    private static void row(DossierState from, DossierAction action, DossierState next, Actor... allowed) {
        TABLE.computeIfAbsent(from, s -> new EnumMap<>(DossierAction.class))
                .put(action, new Move(next, Collections.unmodifiableSet(EnumSet.of(allowed[0], allowed))));
    }

    /** The cell, if the action is possible from the state at all (for some actor). */
    public static Optional<Move> move(DossierState from, DossierAction action) {
        return Optional.ofNullable(TABLE.getOrDefault(from, Map.of()).get(action));
    }

    /** The actions possible from a state (for some actor), in the order of {@link DossierAction}. */
    public static Set<DossierAction> allowedFrom(DossierState from) {
        Map<DossierAction, Move> row = TABLE.get(from);
        return row == null ? EnumSet.noneOf(DossierAction.class) : EnumSet.copyOf(row.keySet());
    }

    /** The actions an actor may take from a state. */
    public static Set<DossierAction> allowedFrom(DossierState from, Actor actor) {
        Set<DossierAction> result = EnumSet.noneOf(DossierAction.class);
        TABLE.getOrDefault(from, Map.of()).forEach((a, m) -> {
            if (m.allowed().contains(actor)) {
                result.add(a);
            }
        });
        return result;
    }

    /**
     * The state after the move, or a refusal: {@link Refusal.Kind#NOT_IN_STATE} when the action is not possible
     * from this state at all, {@link Refusal.Kind#NOT_FOR_ACTOR} when it is, but not for this actor.
     */
    public static DossierState next(DossierState from, DossierAction action, Actor actor) {
        Move move = move(from, action).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_IN_STATE, from, action, actor));
        if (!move.allowed().contains(actor)) {
            throw new Refusal(Refusal.Kind.NOT_FOR_ACTOR, from, action, actor);
        }
        return move.next();
    }

    /** A move the table does not allow. */
    public static final class Refusal extends RuntimeException {

        public enum Kind { NOT_IN_STATE, NOT_FOR_ACTOR }

        private final Kind kind;
        private final DossierState state;
        private final DossierAction action;
        private final Actor actor;

        public Refusal(Kind kind, DossierState state, DossierAction action, Actor actor) {
            super(kind == Kind.NOT_IN_STATE
                    ? action + " is not possible while the dossier is " + state + "; allowed: " + allowedFrom(state)
                    : action + " of a " + state + " dossier is not for " + actor, null, false, false);
            this.kind = kind;
            this.state = state;
            this.action = action;
            this.actor = actor;
        }

        public Kind kind() {
            return kind;
        }

        public DossierState state() {
            return state;
        }

        public DossierAction action() {
            return action;
        }

        public Actor actor() {
            return actor;
        }
    }
}
