package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.events.payload.DossierReopened;
import cn.zgc.residence.documents.domain.OfficerVerdict;
import cn.zgc.residence.documents.domain.lifecycle.Actor;
import cn.zgc.residence.documents.domain.lifecycle.DossierAction;
import cn.zgc.residence.documents.domain.lifecycle.DossierState;
import cn.zgc.residence.documents.repository.DossierEntity;
import cn.zgc.residence.documents.repository.DossierItemEntity;
import cn.zgc.residence.documents.repository.DossierRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What a change to an item's files does to its dossier, in the transaction that records the change: a FILE line in
 * the dossier's history, the item's rules verdict again (its files are its evidence), and the dossier READY or OPEN
 * as the verdicts say. A change to a RETURNED dossier reopens it, as a metadata correction does; the changed item is
 * a new document for the officer (verdict PENDING, original not seen).
 */
@ApplicationScoped
public class FileChanges {

    public static final String UPLOADED = "UPLOADED";
    public static final String REPLACED = "REPLACED";
    public static final String REMOVED = "REMOVED";
    public static final String DAMAGED = "DAMAGED";

    private static final Set<DossierState> REVIEWED_AGAIN = Set.of(DossierState.OPEN, DossierState.READY);

    private final DossierRepository dossiers;
    private final DossierAccess access;
    private final Transitions transitions;
    private final ItemRules rules;
    private final Readiness readiness;

    public FileChanges(DossierRepository dossiers, DossierAccess access, Transitions transitions, ItemRules rules,
            Readiness readiness) {
        this.dossiers = dossiers;
        this.access = access;
        this.transitions = transitions;
        this.rules = rules;
        this.readiness = readiness;
    }

    /** The owning partner uploaded, replaced or removed a file of item {@code code}. */
    public void changed(UUID dossierId, String code, UUID fileId, String sha256, String action, String partnerId,
            OffsetDateTime at) {
        DossierEntity d = dossiers.findById(dossierId);
        Acting who = new Acting(Actor.PARTNER, partnerId);
        transitions.recordFile(d, code, action, fileId, sha256, who, at);
        if (d.state == DossierState.RETURNED) {
            transitions.move(d, DossierAction.REOPEN, who, at, "The partner corrects the returned dossier",
                    "合作方修改被退回的材料", from -> new DossierReopened(d.id, d.assessmentId, d.partnerId, from.name(), at));
        }
        List<DossierItemEntity> items = dossiers.itemsOf(d.id);
        items.stream().filter(i -> i.code.equals(code)).forEach(i -> {
            i.officerVerdict = OfficerVerdict.PENDING;
            i.originalSeen = false;
        });
        reviewAgain(d, items, at);
    }

    /**
     * A read found file {@code fileId}'s stored bytes damaged: a history line by the system and, while the partner can
     * still change the dossier, the item's verdict again (the damaged file proves nothing; the dossier is OPEN until
     * it is uploaded again). Later states see it when the hall accepts: the rules are checked again then.
     */
    public void damaged(UUID dossierId, String code, UUID fileId, String sha256, OffsetDateTime at) {
        DossierEntity d = dossiers.findById(dossierId);
        transitions.recordFile(d, code, DAMAGED, fileId, sha256, Acting.SYSTEM, at);
        if (REVIEWED_AGAIN.contains(d.state)) {
            reviewAgain(d, dossiers.itemsOf(d.id), at);
        } else {
            access.write(d);
        }
    }

    private void reviewAgain(DossierEntity d, List<DossierItemEntity> items, OffsetDateTime at) {
        rules.reviewAll(items, access.today(), at);
        readiness.follow(d, items, at);
        access.write(d);
    }
}
