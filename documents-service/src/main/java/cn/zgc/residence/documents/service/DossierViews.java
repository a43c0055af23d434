package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.documents.api.ApplicantFactsInput;
import cn.zgc.residence.documents.api.DocumentReviewView;
import cn.zgc.residence.documents.api.DossierPage;
import cn.zgc.residence.documents.api.DossierQuery;
import cn.zgc.residence.documents.api.DossierSummary;
import cn.zgc.residence.documents.api.DossierView;
import cn.zgc.residence.documents.api.HistoryPage;
import cn.zgc.residence.documents.domain.Checklist;
import cn.zgc.residence.documents.domain.DocumentType;
import cn.zgc.residence.documents.domain.Reason;
import cn.zgc.residence.documents.domain.lifecycle.Lifecycle;
import cn.zgc.residence.documents.repository.DossierEntity;
import cn.zgc.residence.documents.repository.DossierFilter;
import cn.zgc.residence.documents.repository.DossierHistoryEntity;
import cn.zgc.residence.documents.repository.DossierItemEntity;
import cn.zgc.residence.documents.repository.DossierRepository;
import cn.zgc.residence.common.time.BusinessClock;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** What callers read: one dossier whole, lists of dossiers, a dossier's history. */
@ApplicationScoped
public class DossierViews {

    private final DossierRepository dossiers;
    private final DossierAccess access;
    private final ItemRules rules;
    private final StoredJson json;

    public DossierViews(DossierRepository dossiers, DossierAccess access, ItemRules rules, StoredJson json) {
        this.dossiers = dossiers;
        this.access = access;
        this.rules = rules;
        this.json = json;
    }

    @Transactional
    public DossierView view(UUID id, Caller caller, Language language) {
        return view(access.visible(id, caller), caller, language);
    }

    /** A partner finds only its own dossiers, immigration every partner's; an empty page when none matches. */
    @Transactional
    public DossierPage search(DossierQuery q, Caller caller) {
        ZoneId zone = BusinessClock.ZONE;
        DossierFilter filter = new DossierFilter(caller.isImmigration() ? Optional.empty() : Optional.of(caller.partnerId()),
                q.assessmentId(), q.applicantRef(), q.state(), q.hallId(),
                q.submittedFrom().map(d -> d.atStartOfDay(zone).toOffsetDateTime()),
                q.submittedTo().map(d -> d.plusDays(1).atStartOfDay(zone).toOffsetDateTime()));
        Sort sort = Sort.by(q.sort().property, q.descending() ? Sort.Direction.Descending : Sort.Direction.Ascending,
                Sort.NullPrecedence.NULLS_LAST).and("id");
        DossierRepository.Paged<DossierEntity> found = dossiers.search(filter, sort, q.page(), q.size());
        return new DossierPage(found.content().stream().map(DossierViews::summary).toList(), q.page(), q.size(),
                found.total());
    }

    @Transactional
    public HistoryPage history(UUID id, Caller caller, int page, int size) {
        DossierEntity d = access.visible(id, caller);
        DossierRepository.Paged<DossierHistoryEntity> found = dossiers.historyOf(d.id, page, size);
        return new HistoryPage(d.id, found.content().stream().map(h -> new HistoryPage.Entry(h.id, h.kind, h.action,
                h.fromState, h.toState, h.itemCode, h.verdict, h.actorRole, h.actorId, h.at, h.reasonEn, h.reasonZh,
                h.fileId, h.sha256))
                .toList(), page, size, found.total());
    }

    public DocumentReviewView review(DossierEntity d, DossierItemEntity item, Language language) {
        return new DocumentReviewView(d.id, item.code, item.rulesVerdict.name(), rules.reasons(item).stream()
                .map(r -> CatalogueService.reason(r, language)).toList(), rules.basis(item), item.reviewedAt, d.state.name(),
                d.version);
    }

    static DossierSummary summary(DossierEntity d) {
        return new DossierSummary(d.id, d.version, d.state.name(), d.assessmentId, d.partnerId, d.applicantRef, d.track,
                d.letterNumber, d.hallId, d.appointmentId, d.submittedAt, d.acceptanceDate, d.openedAt, d.updatedAt);
    }

    public DossierView view(DossierEntity d, Caller caller, Language language) {
        LocalDate today = access.today();
        Map<String, DocumentType> types = rules.typesOn(d.acceptanceDate != null ? d.acceptanceDate : today);
        var facts = rules.facts(d);
        Checklist checklist = rules.checklist(d, today);
        List<DossierItemEntity> items = dossiers.itemsOf(d.id);
        return new DossierView(d.id, d.version, d.state.name(),
                Lifecycle.allowedFrom(d.state, Acting.of(caller).actor()).stream().map(Enum::name).toList(),
                d.assessmentId, d.partnerId, d.applicantRef, d.track, d.origin,
                d.letterNumber == null ? null
                        : new DossierView.Letter(d.letterNumber, d.letterIssuedAt, d.assessmentTotal, d.criteriaVersion),
                d.factsConfirmed, ApplicantFactsInput.of(facts), d.applicationKind, d.hallId, d.appointmentId,
                d.submittedAt, d.acceptanceDate, d.acceptedAt, d.examinationInvoiceId, d.examinationStartedAt,
                d.decisionReasonEn == null ? null : new DossierView.Bilingual(d.decisionReasonEn, d.decisionReasonZh),
                d.decidedAt, d.cardProducedAt, d.collectedAt,
                d.withdrawalCause == null ? null : new DossierView.Withdrawal(d.withdrawalCause, d.withdrawalReason, d.withdrawnAt),
                d.openedAt, d.updatedAt,
                items.stream().map(i -> {
                    DocumentType type = types.get(i.code);
                    String name = type == null ? i.code : language.pick(type.nameEn(), type.nameZh());
                    return new DossierView.Item(i.code, name, type != null && type.photocopy(),
                            CatalogueService.reason(json.read(i.appliesWhy, Reason.class), language), i.rulesVerdict.name(),
                            rules.reasons(i).stream().map(r -> CatalogueService.reason(r, language)).toList(), rules.basis(i),
                            i.reviewedAt,
                            i.officerVerdict.name(), i.officerReasonEn == null && i.officerReasonZh == null ? null
                                    : new DossierView.Bilingual(i.officerReasonEn, i.officerReasonZh),
                            i.originalSeen, i.officerReviewedAt);
                }).toList(),
                CatalogueService.attention(checklist.attention(), language),
                CatalogueService.attention(checklist.blocking(), language));
    }
}
