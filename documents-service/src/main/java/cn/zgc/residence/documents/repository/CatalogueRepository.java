package cn.zgc.residence.documents.repository;

import cn.zgc.residence.documents.domain.AppliesWhen;
import cn.zgc.residence.documents.domain.AttentionPoint;
import cn.zgc.residence.documents.domain.DocumentType;
import cn.zgc.residence.documents.domain.RuleParameters;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The catalogue, the Points for Attention and the rule parameters in effect on a date. */
@ApplicationScoped
public class CatalogueRepository implements PanacheRepositoryBase<DocumentTypeEntity, DatedKey> {

    private static final String IN_EFFECT = "effectiveFrom <= ?1 and (effectiveTo is null or effectiveTo >= ?1)";

    private final AttentionPointRepository points;
    private final RuleParameterRepository parameters;

    public CatalogueRepository(AttentionPointRepository points, RuleParameterRepository parameters) {
        this.points = points;
        this.parameters = parameters;
    }

    public List<DocumentType> typesOn(LocalDate date) {
        return list(IN_EFFECT + " order by sortOrder", date).stream().map(CatalogueRepository::toDomain).toList();
    }

    public Optional<DocumentType> typeOn(String code, LocalDate date) {
        return find("code = ?2 and " + IN_EFFECT, date, code).firstResultOptional().map(CatalogueRepository::toDomain);
    }

    public List<AttentionPoint> attentionOn(LocalDate date) {
        return points.list(IN_EFFECT + " order by sortOrder", date).stream()
                .map(p -> new AttentionPoint(p.code, p.sortOrder, p.textEn, p.textZh,
                        AppliesWhen.valueOf(p.appliesWhen), p.blocking))
                .toList();
    }

    public RuleParameters parametersOn(LocalDate date) {
        return new RuleParameters(parameterRowsOn(date).stream()
                .collect(Collectors.toUnmodifiableMap(p -> p.code, p -> p.value)));
    }

    public List<RuleParameterEntity> parameterRowsOn(LocalDate date) {
        return parameters.list(IN_EFFECT + " order by code", date);
    }

    private static DocumentType toDomain(DocumentTypeEntity e) {
        return new DocumentType(e.code, e.sortOrder, e.nameEn, e.nameZh, e.requirementEn, e.requirementZh,
                AppliesWhen.valueOf(e.appliesWhen), e.photocopy);
    }

    @ApplicationScoped
    public static class AttentionPointRepository implements PanacheRepositoryBase<AttentionPointEntity, DatedKey> {
    }

    @ApplicationScoped
    public static class RuleParameterRepository implements PanacheRepositoryBase<RuleParameterEntity, DatedKey> {
    }
}
