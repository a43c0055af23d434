package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.documents.domain.lifecycle.Actor;

/** Who makes a change, as the history records it: the role, and the partner id or the officer's token subject. */
public record Acting(Actor actor, String id) {

    public static final Acting SYSTEM = new Acting(Actor.SYSTEM, "documents-service");

    /** The caller as an actor; a caller with both roles acts as immigration. */
    public static Acting of(Caller caller) {
        if (caller.isImmigration()) {
            return new Acting(Actor.IMMIGRATION, caller.actor());
        }
        return new Acting(Actor.PARTNER, caller.partnerId());
    }
}
