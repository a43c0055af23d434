package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.events.payload.DossierReady;
import cn.zgc.residence.common.events.payload.DossierReopened;
import cn.zgc.residence.documents.domain.lifecycle.DossierAction;
import cn.zgc.residence.documents.domain.lifecycle.DossierState;
import cn.zgc.residence.documents.repository.DossierEntity;
import cn.zgc.residence.documents.repository.DossierItemEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

/** The system's moves after the rules have spoken: READY when every item is satisfied, OPEN again when one fails. */
@ApplicationScoped
public class Readiness {

    private final Transitions transitions;

    public Readiness(Transitions transitions) {
        this.transitions = transitions;
    }

    public void follow(DossierEntity d, List<DossierItemEntity> items, OffsetDateTime at) {
        boolean satisfied = ItemRules.allSatisfied(items);
        if (d.state == DossierState.OPEN && satisfied) {
            transitions.move(d, DossierAction.BECOME_READY, Acting.SYSTEM, at, null, null,
                    from -> new DossierReady(d.id, d.assessmentId, d.partnerId, at));
        } else if (d.state == DossierState.READY && !satisfied) {
            transitions.move(d, DossierAction.REOPEN, Acting.SYSTEM, at, "An item no longer satisfies the rules",
                    "有材料不再符合规则", from -> new DossierReopened(d.id, d.assessmentId, d.partnerId, from.name(), at));
        }
    }
}
