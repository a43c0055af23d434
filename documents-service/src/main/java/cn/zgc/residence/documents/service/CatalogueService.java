package cn.zgc.residence.documents.service;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.documents.api.ApplicantFactsInput;
import cn.zgc.residence.documents.api.ChecklistView;
import cn.zgc.residence.documents.api.DocumentTypeView;
import cn.zgc.residence.documents.api.ReasonView;
import cn.zgc.residence.documents.domain.ApplicantFacts;
import cn.zgc.residence.documents.domain.Checklist;
import cn.zgc.residence.documents.domain.ChecklistRules;
import cn.zgc.residence.documents.domain.EmployerKind;
import cn.zgc.residence.documents.domain.Reason;
import cn.zgc.residence.documents.repository.CatalogueRepository;
import cn.zgc.residence.common.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The catalogue and personalised checklists, as of a date. */
@ApplicationScoped
public class CatalogueService {

    private final CatalogueRepository catalogue;
    private final Clock clock;

    public CatalogueService(CatalogueRepository catalogue, Clock clock) {
        this.catalogue = catalogue;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<DocumentTypeView> types(LocalDate asOf, Language language) {
        LocalDate date = asOf == null ? today() : asOf;
        List<CatalogueRepository.Parameter> parameters = catalogue.parameterRowsOn(date);
        return catalogue.typesOn(date).stream().map(t -> new DocumentTypeView(t.code(),
                language.pick(t.nameEn(), t.nameZh()), language.pick(t.requirementEn(), t.requirementZh()),
                t.appliesWhen().name(), t.photocopy(),
                parameters.stream().filter(p -> p.documentCode().equals(t.code()))
                        .map(p -> new DocumentTypeView.Parameter(p.code(), p.value(), p.unit(),
                                language.pick(p.description(), p.descriptionZh()))).toList()))
                .toList();
    }

    public Checklist checklist(ApplicantFacts facts, LocalDate date) {
        return ChecklistRules.personalise(facts, catalogue.typesOn(date), catalogue.attentionOn(date));
    }

    public ChecklistView checklistView(ApplicantFactsInput input, LocalDate asOf, Language language) {
        validate(input, "facts.");
        LocalDate date = asOf == null ? today() : asOf;
        Checklist checklist = checklist(input.toDomain(), date);
        return new ChecklistView(date,
                checklist.items().stream().map(i -> new ChecklistView.Item(i.type().code(),
                        language.pick(i.type().nameEn(), i.type().nameZh()),
                        language.pick(i.type().requirementEn(), i.type().requirementZh()), reason(i.why(), language)))
                        .toList(),
                attention(checklist.attention(), language), attention(checklist.blocking(), language),
                !checklist.blocked());
    }

    /** Facts that contradict each other are refused, naming the field. */
    public static void validate(ApplicantFactsInput input, String prefix) {
        if (Boolean.TRUE.equals(input.keyUniversity())
                && input.employerKind() != EmployerKind.HIGHER_EDUCATION_INSTITUTION) {
            throw ApiException.invalid(prefix + "keyUniversity", new Text(
                    "only an institution of higher learning can be in the 211 Project or Beijing's first batch",
                    "只有高等院校才可能属于“211工程”或北京市第一批"));
        }
    }

    public static List<ChecklistView.Attention> attention(List<Checklist.Attention> list, Language language) {
        return list.stream().map(a -> new ChecklistView.Attention(a.point().code(),
                language.pick(a.point().textEn(), a.point().textZh()), reason(a.why(), language))).toList();
    }

    public static ReasonView reason(Reason reason, Language language) {
        return new ReasonView(reason.code(), reason.text(language));
    }
}
