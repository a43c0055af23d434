package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.events.payload.DossierAccepted;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.common.problem.Problem;
import cn.zgc.residence.common.problem.ProblemKind;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.documents.domain.DocumentType;
import cn.zgc.residence.documents.domain.OfficerVerdict;
import cn.zgc.residence.documents.domain.RulesVerdict;
import cn.zgc.residence.documents.domain.lifecycle.DossierAction;
import cn.zgc.residence.documents.repository.DossierEntity;
import cn.zgc.residence.documents.repository.DossierItemEntity;
import cn.zgc.residence.documents.repository.DossierRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The hall accepts a submitted application. The acceptance date is today at the hall (the business clock), never a
 * date someone sends; every time window counts from it, so every rule is checked again as of it. Every item must be
 * confirmed by an officer, each photocopy with its original seen (Points for Attention).
 */
@ApplicationScoped
public class Acceptance {

    private final DossierRepository dossiers;
    private final DossierAccess access;
    private final Transitions transitions;
    private final ItemRules rules;

    public Acceptance(DossierRepository dossiers, DossierAccess access, Transitions transitions, ItemRules rules) {
        this.dossiers = dossiers;
        this.access = access;
        this.transitions = transitions;
        this.rules = rules;
    }

    /** ACCEPTED as of today, or 422 listing every item (or blocking fact) that keeps it from that; nothing changes then. */
    @Transactional
    public DossierEntity accept(UUID id, Caller caller, Optional<Long> ifMatch) {
        DossierEntity d = access.forWrite(id, caller, ifMatch);
        Acting who = Acting.of(caller);
        transitions.check(d, DossierAction.ACCEPT, who);
        LocalDate acceptanceDate = access.today();
        OffsetDateTime now = access.now();
        List<DossierItemEntity> items = dossiers.itemsOf(d.id);
        List<FieldError> open = new ArrayList<>(rules.impossibleAsOf(items, acceptanceDate));
        rules.reviewAll(items, acceptanceDate, now);
        Map<String, DocumentType> types = rules.typesOn(acceptanceDate);
        for (DossierItemEntity item : items) {
            String field = "items." + item.code;
            if (item.rulesVerdict != RulesVerdict.SATISFIED) {
                open.add(rules.finding(item, acceptanceDate));
            }
            if (item.officerVerdict != OfficerVerdict.CONFIRMED) {
                open.add(new FieldError(field, new Text("officer's verdict is " + item.officerVerdict
                        + ", not CONFIRMED", "官员的审核结论是 " + item.officerVerdict + "，不是 CONFIRMED")));
            }
            DocumentType type = types.get(item.code);
            if (type != null && type.photocopy() && !item.originalSeen) {
                open.add(new FieldError(field, new Text("a photocopy: its original has not been seen",
                        "复印件：尚未核对原件")));
            }
        }
        rules.checklist(d, acceptanceDate).blocking().forEach(b -> open.add(ItemRules.finding(b)));
        if (!open.isEmpty()) {
            throw new ApiException(Problem.of(ProblemKind.UNPROCESSABLE, new Text(open.size()
                    + " finding(s) keep the application from being accepted on " + acceptanceDate,
                    open.size() + " 项问题使申请无法于 " + acceptanceDate + " 受理")).withErrors(open));
        }
        d.acceptanceDate = acceptanceDate;
        d.acceptedAt = now;
        transitions.move(d, DossierAction.ACCEPT, who, now, null, null,
                from -> new DossierAccepted(d.id, d.assessmentId, d.partnerId, d.applicantRef, d.applicationKind,
                        d.hallId, acceptanceDate, now));
        access.write(d);
        return d;
    }
}
