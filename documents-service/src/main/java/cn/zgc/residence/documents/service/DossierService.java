package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.DocumentReviewed;
import cn.zgc.residence.common.events.payload.DossierCompleted;
import cn.zgc.residence.common.events.payload.DossierOpened;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.common.problem.Problem;
import cn.zgc.residence.common.problem.ProblemKind;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.documents.api.ApplicantFactsInput;
import cn.zgc.residence.documents.api.DocumentReviewView;
import cn.zgc.residence.documents.api.DossierQuery;
import cn.zgc.residence.documents.api.DossierView;
import cn.zgc.residence.documents.api.ReasonView;
import cn.zgc.residence.documents.domain.ApplicantFacts;
import cn.zgc.residence.documents.domain.Checklist;
import cn.zgc.residence.documents.domain.DocumentReview;
import cn.zgc.residence.documents.domain.DocumentType;
import cn.zgc.residence.documents.domain.ItemStatus;
import cn.zgc.residence.documents.domain.Reason;
import cn.zgc.residence.documents.domain.RuleParameters;
import cn.zgc.residence.documents.domain.rules.DocumentMetadata;
import cn.zgc.residence.documents.domain.rules.DocumentRule;
import cn.zgc.residence.documents.domain.rules.DocumentRules;
import cn.zgc.residence.documents.domain.rules.EmploymentCertificateRules;
import cn.zgc.residence.documents.domain.rules.ReviewContext;
import cn.zgc.residence.documents.repository.CatalogueRepository;
import cn.zgc.residence.documents.repository.DossierEntity;
import cn.zgc.residence.documents.repository.DossierItemEntity;
import cn.zgc.residence.documents.repository.DossierRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Dossiers: opening, the applicant's facts, document reviews and submission, each in one transaction. */
@ApplicationScoped
public class DossierService {

    static final String OPEN = "OPEN";
    static final String COMPLETE = "COMPLETE";
    /** fees-service invoices a permanent-residence first application by this kind. */
    static final String FIRST_APPLICATION = "FIRST_APPLICATION";

    private final DossierRepository dossiers;
    private final CatalogueRepository catalogue;
    private final CatalogueService checklists;
    private final Outbox outbox;
    private final ObjectMapper json;

    public DossierService(DossierRepository dossiers, CatalogueRepository catalogue, CatalogueService checklists,
            Outbox outbox, ObjectMapper json) {
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.checklists = checklists;
        this.outbox = outbox;
        this.json = json;
    }

    /** Opens the dossier of an assessment, or finds the one already open for it. */
    @Transactional
    public Opened open(NewDossier command) {
        Optional<DossierEntity> existing = dossiers.findByAssessment(command.assessmentId());
        if (existing.isPresent()) {
            return new Opened(existing.get().id, false);
        }
        OffsetDateTime now = OffsetDateTime.now(Outbox.ZONE);
        DossierEntity d = new DossierEntity();
        d.id = UUID.randomUUID();
        d.assessmentId = command.assessmentId();
        d.partnerId = command.partnerId();
        d.applicantRef = command.applicantRef();
        d.track = command.facts().track().name();
        d.origin = command.origin();
        d.letterNumber = command.letterNumber();
        d.facts = write(ApplicantFactsInput.of(command.facts()));
        d.factsConfirmed = command.factsConfirmed();
        d.status = OPEN;
        d.applicationKind = FIRST_APPLICATION;
        d.openedAt = now;
        dossiers.persist(d);
        List<DossierItemEntity> items = syncItems(d, List.of(), command.facts(), CatalogueService.today());
        outbox.record(new DossierOpened(d.id, d.assessmentId, d.partnerId, d.applicantRef, d.track, items.size(), now));
        return new Opened(d.id, true);
    }

    public record Opened(UUID id, boolean created) {
    }

    @Transactional
    public DossierView view(UUID id, Caller caller, boolean chinese) {
        DossierEntity d = visible(id, caller);
        return view(d, dossiers.itemsOf(d.id), chinese);
    }

    /**
     * Dossiers by assessment and/or applicantRef: a partner finds only its own, an officer every partner's. Empty
     * when nothing matches, so that a partner waiting for a letter's dossier can poll without a 404.
     */
    @Transactional
    public List<DossierView> search(DossierQuery query, Caller caller, boolean chinese) {
        Optional<String> owner = caller.isOfficer() ? Optional.empty() : Optional.of(caller.partnerId());
        return dossiers.search(owner, query.assessmentId(), query.applicantRef()).stream()
                .map(d -> view(d, dossiers.itemsOf(d.id), chinese))
                .toList();
    }

    /** The partner tells the applicant's facts: items that now apply are added as MISSING, others dropped. */
    @Transactional
    public DossierView updateFacts(UUID id, ApplicantFactsInput input, Caller caller, boolean chinese) {
        CatalogueService.validate(input, "");
        DossierEntity d = visible(id, caller);
        requireOpen(d);
        if (!input.track().name().equals(d.track)) {
            throw ApiException.invalid("track", "the dossier's assessment is for " + d.track);
        }
        ApplicantFacts facts = input.toDomain();
        d.facts = write(ApplicantFactsInput.of(facts));
        d.factsConfirmed = true;
        LocalDate today = CatalogueService.today();
        List<DossierItemEntity> items = syncItems(d, dossiers.itemsOf(d.id), facts, today);
        reviewAll(items, today, OffsetDateTime.now(Outbox.ZONE));
        return view(d, items, chinese);
    }

    /** Reviews one document's metadata as of today; its status and reasons are stored and published. */
    @Transactional
    public DocumentReviewView submitDocument(UUID id, String code, JsonNode body, Caller caller, boolean chinese)
            throws JsonProcessingException {
        DossierEntity d = visible(id, caller);
        DocumentRule<?> rule = DocumentRules.forCode(code).orElseThrow(() -> ApiException.notFound("Document type", code));
        LocalDate today = CatalogueService.today();
        if (catalogue.typeOn(code, today).isEmpty()) {
            throw ApiException.notFound("Document type", code);
        }
        requireOpen(d);
        List<DossierItemEntity> items = dossiers.itemsOf(d.id);
        DossierItemEntity item = items.stream().filter(i -> i.code.equals(code)).findFirst()
                .orElseThrow(() -> ApiException.unprocessable(code + " is not on this dossier's checklist"));
        if (body == null || !body.isObject()) {
            throw ApiException.invalid("body", "the document's metadata as a JSON object is required");
        }
        DocumentMetadata metadata = json.treeToValue(body, rule.metadataType());
        List<FieldError> invalid = invalid(rule, metadata, today);
        if (!invalid.isEmpty()) {
            throw ApiException.invalid(invalid);
        }
        item.metadata = write(metadata.forStorage());
        OffsetDateTime now = OffsetDateTime.now(Outbox.ZONE);
        reviewAll(items, today, now);
        List<Reason> reasons = readReasons(item.reasons);
        outbox.record(new DocumentReviewed(d.id, d.partnerId, code, item.status,
                reasons.stream().map(Reason::code).toList(), now));
        return new DocumentReviewView(d.id, code, item.status,
                reasons.stream().map(r -> CatalogueService.reason(r, chinese)).toList(), item.reviewedAt);
    }

    /**
     * Submits the dossier as of the acceptance date: every date rule is checked again against it. Complete when
     * every item is accepted and nothing blocks; otherwise 422 listing each item missing or rejected, nothing stored.
     */
    @Transactional
    public DossierView submit(UUID id, LocalDate acceptanceDate, Caller caller, boolean chinese) {
        DossierEntity d = visible(id, caller);
        if (COMPLETE.equals(d.status)) {
            throw ApiException.conflict("Dossier " + id + " is already complete");
        }
        List<DossierItemEntity> items = dossiers.itemsOf(d.id);
        List<String> impossible = new ArrayList<>();
        for (DossierItemEntity item : items) {
            if (item.metadata != null) {
                DocumentRule<?> rule = DocumentRules.forCode(item.code).orElseThrow();
                invalid(rule, read(item, rule), acceptanceDate)
                        .forEach(e -> impossible.add(item.code + "." + e.field()));
            }
        }
        if (!impossible.isEmpty()) {
            throw ApiException.invalid("acceptanceDate", "is before dates on the documents: " + String.join(", ", impossible));
        }
        reviewAll(items, acceptanceDate, OffsetDateTime.now(Outbox.ZONE));
        List<FieldError> open = new ArrayList<>();
        for (DossierItemEntity item : items) {
            if (!ItemStatus.ACCEPTED.name().equals(item.status)) {
                String reasons = readReasons(item.reasons).stream().map(r -> r.text(chinese))
                        .collect(Collectors.joining("; "));
                open.add(new FieldError("items." + item.code, reasons.isEmpty() ? item.status : item.status + ": " + reasons));
            }
        }
        Checklist checklist = checklists.checklist(facts(d), acceptanceDate);
        checklist.blocking().forEach(b -> open.add(new FieldError("facts." + b.why().code(),
                chinese ? b.point().textZh() : b.point().textEn())));
        if (!open.isEmpty()) {
            throw new ApiException(Problem.of(ProblemKind.UNPROCESSABLE, open.size()
                    + " item(s) keep the dossier from being complete as of " + acceptanceDate).withErrors(open));
        }
        OffsetDateTime now = OffsetDateTime.now(Outbox.ZONE);
        d.status = COMPLETE;
        d.acceptanceDate = acceptanceDate;
        d.completedAt = now;
        outbox.record(new DossierCompleted(d.id, d.assessmentId, d.partnerId, d.applicantRef, d.applicationKind,
                acceptanceDate, now));
        return view(d, items, chinese);
    }

    private DossierEntity visible(UUID id, Caller caller) {
        DossierEntity d = dossiers.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Dossier", id));
        return caller.visible(d, d.partnerId, "Dossier", id);
    }

    private static void requireOpen(DossierEntity d) {
        if (COMPLETE.equals(d.status)) {
            throw ApiException.conflict("Dossier " + d.id + " is complete and no longer changes");
        }
    }

    private List<DossierItemEntity> syncItems(DossierEntity d, List<DossierItemEntity> current, ApplicantFacts facts,
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
                item.status = ItemStatus.MISSING.name();
                item.reasons = "[]";
                item.sortOrder = listed.type().sortOrder();
                item.appliesWhy = write(listed.why());
                dossiers.persistItem(item);
            } else {
                item.sortOrder = listed.type().sortOrder();
                item.appliesWhy = write(listed.why());
            }
            result.add(item);
        }
        byCode.values().forEach(dossiers::deleteItem);
        return result;
    }

    private void reviewAll(List<DossierItemEntity> items, LocalDate asOf, OffsetDateTime now) {
        RuleParameters parameters = catalogue.parametersOn(asOf);
        Map<String, DocumentType> types = catalogue.typesOn(asOf).stream()
                .collect(Collectors.toMap(DocumentType::code, Function.identity()));
        Optional<EmploymentCertificateRules.Metadata> employment = items.stream()
                .filter(i -> i.code.equals("EMPLOYMENT_CERTIFICATE") && i.metadata != null)
                .map(i -> (EmploymentCertificateRules.Metadata) read(i, DocumentRules.forCode(i.code).orElseThrow()))
                .findFirst();
        for (DossierItemEntity item : items) {
            if (item.metadata == null) {
                item.status = ItemStatus.MISSING.name();
                item.reasons = "[]";
                continue;
            }
            DocumentType type = types.get(item.code);
            List<Reason> reasons;
            ItemStatus status;
            if (type == null) {
                status = ItemStatus.REJECTED;
                reasons = List.of(new Reason("NOT_IN_CATALOGUE", "Not in the catalogue on " + asOf, asOf + "时不在材料目录中"));
            } else {
                DocumentRule<?> rule = DocumentRules.forCode(item.code).orElseThrow();
                DocumentReview.Outcome outcome = DocumentReview.review(rule, read(item, rule),
                        new ReviewContext(asOf, parameters, type, employment));
                status = outcome.status();
                reasons = outcome.reasons();
            }
            item.status = status.name();
            item.reasons = write(reasons);
            item.reviewedAt = now;
        }
    }

    @SuppressWarnings("unchecked")
    private static List<FieldError> invalid(DocumentRule<?> rule, DocumentMetadata metadata, LocalDate latest) {
        return ((DocumentRule<DocumentMetadata>) rule).invalid(metadata, latest);
    }

    private DocumentMetadata read(DossierItemEntity item, DocumentRule<?> rule) {
        try {
            return json.readValue(item.metadata, rule.metadataType());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored metadata of " + item.code + " cannot be read", e);
        }
    }

    ApplicantFacts facts(DossierEntity d) {
        try {
            return json.readValue(d.facts, ApplicantFactsInput.class).toDomain();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored facts of dossier " + d.id + " cannot be read", e);
        }
    }

    private List<Reason> readReasons(String text) {
        try {
            return json.readValue(text, new TypeReference<List<Reason>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored reasons cannot be read", e);
        }
    }

    private Reason readReason(String text) {
        try {
            return json.readValue(text, Reason.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored reason cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private DossierView view(DossierEntity d, List<DossierItemEntity> items, boolean chinese) {
        Map<String, DocumentType> types = catalogue.typesOn(d.acceptanceDate != null ? d.acceptanceDate
                : CatalogueService.today()).stream().collect(Collectors.toMap(DocumentType::code, Function.identity()));
        ApplicantFacts facts = facts(d);
        Checklist checklist = checklists.checklist(facts, CatalogueService.today());
        return new DossierView(d.id, d.assessmentId, d.partnerId, d.applicantRef, d.track, d.status, d.origin,
                d.letterNumber, d.factsConfirmed, ApplicantFactsInput.of(facts), d.applicationKind, d.acceptanceDate,
                d.openedAt, d.completedAt,
                items.stream().map(i -> {
                    DocumentType type = types.get(i.code);
                    String name = type == null ? i.code : chinese ? type.nameZh() : type.nameEn();
                    List<ReasonView> reasons = readReasons(i.reasons).stream()
                            .map(r -> CatalogueService.reason(r, chinese)).toList();
                    return new DossierView.Item(i.code, name, i.status,
                            CatalogueService.reason(readReason(i.appliesWhy), chinese), reasons, i.reviewedAt);
                }).toList(),
                CatalogueService.attention(checklist.attention(), chinese),
                CatalogueService.attention(checklist.blocking(), chinese));
    }
}
