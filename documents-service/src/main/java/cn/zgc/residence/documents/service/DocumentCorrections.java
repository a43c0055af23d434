package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.DocumentReviewed;
import cn.zgc.residence.common.events.payload.DossierReopened;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.documents.api.ApplicantFactsInput;
import cn.zgc.residence.documents.domain.ApplicantFacts;
import cn.zgc.residence.documents.domain.OfficerVerdict;
import cn.zgc.residence.documents.domain.Reason;
import cn.zgc.residence.documents.domain.lifecycle.DossierAction;
import cn.zgc.residence.documents.domain.lifecycle.DossierState;
import cn.zgc.residence.documents.domain.rules.DocumentMetadata;
import cn.zgc.residence.documents.domain.rules.DocumentRule;
import cn.zgc.residence.documents.domain.rules.DocumentRules;
import cn.zgc.residence.documents.repository.CatalogueRepository;
import cn.zgc.residence.documents.repository.DossierEntity;
import cn.zgc.residence.documents.repository.DossierItemEntity;
import cn.zgc.residence.documents.repository.DossierRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The partner's corrections: the applicant's facts and each document's metadata, reviewed by the rules as of today.
 * Possible while the dossier is OPEN, READY or RETURNED (a correction of a RETURNED dossier reopens it); the system
 * then moves it to READY or back to OPEN as the rules say.
 */
@ApplicationScoped
public class DocumentCorrections {

    private final DossierRepository dossiers;
    private final CatalogueRepository catalogue;
    private final ItemRules rules;
    private final Readiness readiness;
    private final Transitions transitions;
    private final DossierAccess access;
    private final StoredJson json;
    private final Outbox outbox;

    public DocumentCorrections(DossierRepository dossiers, CatalogueRepository catalogue, ItemRules rules,
            Readiness readiness, Transitions transitions, DossierAccess access, StoredJson json, Outbox outbox) {
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.rules = rules;
        this.readiness = readiness;
        this.transitions = transitions;
        this.access = access;
        this.json = json;
        this.outbox = outbox;
    }

    /** The partner tells the applicant's facts: items that now apply are added as MISSING, others dropped. */
    @Transactional
    public DossierEntity updateFacts(UUID id, ApplicantFactsInput input, Caller caller, Optional<Long> ifMatch) {
        CatalogueService.validate(input, "");
        DossierEntity d = access.forWrite(id, caller, ifMatch);
        OffsetDateTime now = access.now();
        beginCorrection(d, Acting.of(caller), now);
        if (!input.track().name().equals(d.track)) {
            throw ApiException.invalid("track", new Text("the dossier's letter is for " + d.track,
                    "该档案的推荐函针对 " + d.track));
        }
        ApplicantFacts facts = input.toDomain();
        d.facts = json.write(ApplicantFactsInput.of(facts));
        d.factsConfirmed = true;
        LocalDate today = access.today();
        List<DossierItemEntity> items = rules.syncItems(d, dossiers.itemsOf(d.id), facts, today);
        rules.reviewAll(items, today, now);
        readiness.follow(d, items, now);
        access.write(d);
        return d;
    }

    /** Reviews one document's metadata as of today; its verdict and reasons are stored and published. */
    @Transactional
    public Reviewed submitDocument(UUID id, String code, JsonNode body, Caller caller, Optional<Long> ifMatch)
            throws JsonProcessingException {
        DossierEntity d = access.forWrite(id, caller, ifMatch);
        DocumentRule<?> rule = DocumentRules.forCode(code)
                .orElseThrow(() -> ApiException.notFound(ItemRules.DOCUMENT_TYPE, code));
        LocalDate today = access.today();
        if (catalogue.typeOn(code, today).isEmpty()) {
            throw ApiException.notFound(ItemRules.DOCUMENT_TYPE, code);
        }
        OffsetDateTime now = access.now();
        transitions.check(d, d.state == DossierState.RETURNED ? DossierAction.REOPEN : DossierAction.CORRECT,
                Acting.of(caller));
        List<DossierItemEntity> items = dossiers.itemsOf(d.id);
        DossierItemEntity item = items.stream().filter(i -> i.code.equals(code)).findFirst()
                .orElseThrow(() -> ItemRules.notOnChecklist(code));
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("body", new Text("the document's metadata as a JSON object is required",
                    "必须以 JSON 对象提供该材料的元数据"));
        }
        DocumentMetadata metadata = json.mapper().treeToValue(body, rule.metadataType());
        List<FieldError> invalid = ItemRules.invalid(rule, metadata, today);
        if (!invalid.isEmpty()) {
            throw ApiException.invalid(invalid);
        }
        beginCorrection(d, Acting.of(caller), now);
        item.metadata = json.write(metadata.forStorage());
        // a changed document is a new one for the officer: seen again at the hall
        item.officerVerdict = OfficerVerdict.PENDING;
        item.originalSeen = false;
        rules.reviewAll(items, today, now);
        List<Reason> reasons = rules.reasons(item);
        outbox.record(new DocumentReviewed(d.id, d.partnerId, code, item.rulesVerdict.name(),
                reasons.stream().map(Reason::code).toList(), now));
        readiness.follow(d, items, now);
        access.write(d);
        return new Reviewed(d, item);
    }

    /** The dossier after a document's review, and the reviewed item. */
    public record Reviewed(DossierEntity dossier, DossierItemEntity item) {
    }

    /** A correction is possible while OPEN or READY; one to a RETURNED dossier first reopens it. */
    private void beginCorrection(DossierEntity d, Acting who, OffsetDateTime now) {
        if (d.state == DossierState.RETURNED) {
            transitions.move(d, DossierAction.REOPEN, who, now, "The partner corrects the returned dossier",
                    "合作方修改被退回的材料", from -> new DossierReopened(d.id, d.assessmentId, d.partnerId, from.name(), now));
        } else {
            transitions.check(d, DossierAction.CORRECT, who);
        }
    }
}
