package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.ApplicantFacts;
import cn.zgc.residence.documents.domain.Checklist;
import cn.zgc.residence.documents.domain.DocumentReview;
import cn.zgc.residence.documents.domain.DocumentType;
import cn.zgc.residence.documents.domain.OfficerVerdict;
import cn.zgc.residence.documents.domain.Reason;
import cn.zgc.residence.documents.domain.RuleParameters;
import cn.zgc.residence.documents.domain.RulesBasis;
import cn.zgc.residence.documents.domain.RulesVerdict;
import cn.zgc.residence.documents.domain.rules.DocumentMetadata;
import cn.zgc.residence.documents.domain.rules.DocumentRule;
import cn.zgc.residence.documents.domain.rules.Presentation;
import cn.zgc.residence.documents.domain.rules.DocumentRules;
import cn.zgc.residence.documents.domain.rules.EmploymentCertificateRules;
import cn.zgc.residence.documents.domain.rules.ReviewContext;
import cn.zgc.residence.documents.files.domain.FileEvidence;
import cn.zgc.residence.documents.files.service.ItemEvidence;
import cn.zgc.residence.documents.repository.CatalogueRepository;
import cn.zgc.residence.documents.repository.DossierEntity;
import cn.zgc.residence.documents.repository.DossierItemEntity;
import cn.zgc.residence.documents.repository.DossierRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A dossier's items against the document rules: which items apply, and the rules' verdict on each as of a date. */
@ApplicationScoped
public class ItemRules {

    private final DossierRepository dossiers;
    private final CatalogueRepository catalogue;
    private final CatalogueService checklists;
    private final StoredJson json;
    private final ItemEvidence evidence;

    public ItemRules(DossierRepository dossiers, CatalogueRepository catalogue, CatalogueService checklists,
            StoredJson json, ItemEvidence evidence) {
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.checklists = checklists;
        this.json = json;
        this.evidence = evidence;
    }

    /** Adds the items the facts now call for (MISSING), keeps the others, drops those that no longer apply. */
    public List<DossierItemEntity> syncItems(DossierEntity d, List<DossierItemEntity> current, ApplicantFacts facts,
            LocalDate date) {
        Checklist checklist = checklists.checklist(facts, date);
        Map<String, DossierItemEntity> byCode = current.stream()
                .collect(Collectors.toMap(i -> i.code, Function.identity()));
        List<DossierItemEntity> result = new ArrayList<>();
        for (Checklist.Item listed : checklist.items()) {
            DossierItemEntity item = byCode.remove(listed.type().code());
            if (item == null) {
                item = new DossierItemEntity();
                item.dossierId = d.id;
                item.code = listed.type().code();
                item.rulesVerdict = RulesVerdict.MISSING;
                item.rulesReasons = "[]";
                item.officerVerdict = OfficerVerdict.PENDING;
                item.sortOrder = listed.type().sortOrder();
                item.appliesWhy = json.write(listed.why());
                dossiers.persistItem(item);
            } else {
                item.sortOrder = listed.type().sortOrder();
                item.appliesWhy = json.write(listed.why());
            }
            result.add(item);
        }
        byCode.values().forEach(dossiers::deleteItem);
        return result;
    }

    /** The rules' verdict on every item (of one dossier) as of {@code asOf}, its files included. */
    public void reviewAll(List<DossierItemEntity> items, LocalDate asOf, OffsetDateTime now) {
        if (items.isEmpty()) {
            return;
        }
        RuleParameters parameters = catalogue.parametersOn(asOf);
        Map<String, DocumentType> types = catalogue.typesOn(asOf).stream()
                .collect(Collectors.toMap(DocumentType::code, Function.identity()));
        Map<String, FileEvidence> files = evidence.of(items.get(0).dossierId, items.stream().map(i -> i.code).toList(),
                code -> types.containsKey(code) && types.get(code).photocopy(), asOf, parameters);
        Optional<EmploymentCertificateRules.Metadata> employment = items.stream()
                .filter(i -> i.code.equals("EMPLOYMENT_CERTIFICATE") && i.metadata != null)
                .map(i -> (EmploymentCertificateRules.Metadata) metadata(i))
                .findFirst();
        for (DossierItemEntity item : items) {
            if (item.metadata == null) {
                item.rulesVerdict = RulesVerdict.MISSING;
                item.rulesReasons = "[]";
                item.rulesBasis = null;
                continue;
            }
            DocumentType type = types.get(item.code);
            if (type == null) {
                item.rulesVerdict = RulesVerdict.NOT_SATISFIED;
                item.rulesReasons = json.write(List.of(new Reason("NOT_IN_CATALOGUE", "Not in the catalogue on " + asOf,
                        asOf + "时不在材料目录中")));
                item.rulesBasis = null;
            } else {
                DocumentRule<?> rule = DocumentRules.forCode(item.code).orElseThrow();
                DocumentReview.Outcome outcome = DocumentReview.review(rule, metadata(item),
                        new ReviewContext(asOf, parameters, type, employment), files.get(item.code));
                item.rulesVerdict = outcome.verdict();
                item.rulesReasons = json.write(outcome.reasons());
                item.rulesBasis = json.write(outcome.basis());
            }
            item.reviewedAt = now;
        }
    }

    /** Every item is there and satisfies the rules (what READY means). */
    public static boolean allSatisfied(List<DossierItemEntity> items) {
        return !items.isEmpty() && items.stream().allMatch(i -> i.rulesVerdict == RulesVerdict.SATISFIED);
    }

    /** Dates on the stored documents that lie after {@code latest}: such a date cannot be checked as of it. */
    public List<FieldError> impossibleAsOf(List<DossierItemEntity> items, LocalDate latest) {
        List<FieldError> impossible = new ArrayList<>();
        for (DossierItemEntity item : items) {
            if (item.metadata != null) {
                DocumentRule<?> rule = DocumentRules.forCode(item.code).orElseThrow();
                invalid(rule, metadata(item), latest)
                        .forEach(e -> impossible.add(new FieldError("items." + item.code + "." + e.field(),
                                new Text(e.message(), e.messageZh()))));
            }
        }
        return impossible;
    }

    public Checklist checklist(DossierEntity d, LocalDate date) {
        return checklists.checklist(facts(d), date);
    }

    public Map<String, DocumentType> typesOn(LocalDate date) {
        return catalogue.typesOn(date).stream().collect(Collectors.toMap(DocumentType::code, Function.identity()));
    }

    @SuppressWarnings("unchecked")
    static List<FieldError> invalid(DocumentRule<?> rule, DocumentMetadata metadata, LocalDate latest) {
        List<FieldError> errors = new java.util.ArrayList<>(((DocumentRule<DocumentMetadata>) rule).invalid(metadata,
                latest));
        errors.addAll(Presentation.invalid(metadata.presentation()));
        return errors;
    }

    private DocumentMetadata metadata(DossierItemEntity item) {
        return json.read(item.metadata, DocumentRules.forCode(item.code).orElseThrow().metadataType());
    }

    public ApplicantFacts facts(DossierEntity d) {
        return json.read(d.facts, cn.zgc.residence.documents.api.ApplicantFactsInput.class).toDomain();
    }

    public List<Reason> reasons(DossierItemEntity item) {
        return json.reasons(item.rulesReasons);
    }

    /** What a document type is called in problem details. */
    public static final Text DOCUMENT_TYPE = new Text("Document type", "材料类型");

    /** 422: the code names a document type, but not one this dossier's checklist asks for. */
    public static ApiException notOnChecklist(String code) {
        return ApiException.unprocessable(new Text(code + " is not on this dossier's checklist",
                code + " 不在此档案的材料清单上"));
    }

    /** An item the rules do not find satisfied as of a date, as a finding: its verdict and the rules' reasons. */
    public FieldError finding(DossierItemEntity item, LocalDate asOf) {
        List<Reason> reasons = reasons(item);
        String en = reasons.stream().map(Reason::en).collect(Collectors.joining("; "));
        String zh = reasons.stream().map(Reason::zh).collect(Collectors.joining("；"));
        return new FieldError("items." + item.code, new Text(
                "rules as of " + asOf + ": " + item.rulesVerdict + (en.isEmpty() ? "" : " (" + en + ")"),
                "截至 " + asOf + " 的规则结论：" + item.rulesVerdict + (zh.isEmpty() ? "" : "（" + zh + "）")));
    }

    /** A blocking Point for Attention as a finding, named by the fact that brings it. */
    public static FieldError finding(Checklist.Attention blocking) {
        return new FieldError("facts." + blocking.why().code(),
                new Text(blocking.point().textEn(), blocking.point().textZh()));
    }

    /** What the item's verdict rests on; null before its first review with metadata. */
    public RulesBasis basis(DossierItemEntity item) {
        return item.rulesBasis == null ? null : json.read(item.rulesBasis, RulesBasis.class);
    }
}
