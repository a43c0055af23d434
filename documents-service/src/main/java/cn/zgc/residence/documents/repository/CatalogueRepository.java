package cn.zgc.residence.documents.repository;

import cn.zgc.residence.documents.domain.AppliesWhen;
import cn.zgc.residence.documents.domain.AttentionPoint;
import cn.zgc.residence.documents.domain.DocumentType;
import cn.zgc.residence.documents.domain.RuleParameters;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The catalogue, the Points for Attention and the rule parameters in effect on a date. They change only by
 * migration, so what is in effect on a date is read once and kept for a minute: opening a dossier or reviewing a
 * document does not read the catalogue again each time.
 */
@ApplicationScoped
public class CatalogueRepository implements PanacheRepositoryBase<DocumentTypeEntity, DatedKey> {

    private static final String IN_EFFECT = "effectiveFrom <= ?1 and (effectiveTo is null or effectiveTo >= ?1)";
    private static final long KEEP_NANOS = TimeUnit.SECONDS.toNanos(60);
    private static final int DATES_KEPT = 64;

    private final AttentionPointRepository points;
    private final RuleParameterRepository parameters;
    private final Map<LocalDate, InEffect> byDate = new ConcurrentHashMap<>();

    public CatalogueRepository(AttentionPointRepository points, RuleParameterRepository parameters) {
        this.points = points;
        this.parameters = parameters;
    }

    /** One rule parameter row, as read. */
    public record Parameter(String code, String documentCode, int value, String unit, String description,
            String descriptionZh) {
    }

    private record InEffect(List<DocumentType> types, List<AttentionPoint> attention, List<Parameter> parameters,
            RuleParameters ruleParameters, long readAt) {
    }

    public List<DocumentType> typesOn(LocalDate date) {
        return on(date).types();
    }

    public Optional<DocumentType> typeOn(String code, LocalDate date) {
        return on(date).types().stream().filter(t -> t.code().equals(code)).findFirst();
    }

    public List<AttentionPoint> attentionOn(LocalDate date) {
        return on(date).attention();
    }

    public RuleParameters parametersOn(LocalDate date) {
        return on(date).ruleParameters();
    }

    public List<Parameter> parameterRowsOn(LocalDate date) {
        return on(date).parameters();
    }

    private InEffect on(LocalDate date) {
        long now = System.nanoTime();
        InEffect kept = byDate.get(date);
        if (kept != null && now - kept.readAt() < KEEP_NANOS) {
            return kept;
        }
        InEffect read = read(date, now);
        if (byDate.size() >= DATES_KEPT) {
            byDate.clear();
        }
        byDate.put(date, read);
        return read;
    }

    private InEffect read(LocalDate date, long now) {
        List<DocumentType> types = list(IN_EFFECT + " order by sortOrder", date).stream()
                .map(CatalogueRepository::toDomain).toList();
        List<AttentionPoint> attention = points.list(IN_EFFECT + " order by sortOrder", date).stream()
                .map(p -> new AttentionPoint(p.code, p.sortOrder, p.textEn, p.textZh,
                        AppliesWhen.valueOf(p.appliesWhen), p.blocking))
                .toList();
        List<Parameter> rows = parameters.list(IN_EFFECT + " order by code", date).stream()
                .map(p -> new Parameter(p.code, p.documentCode, p.value, p.unit, p.description,
                        p.descriptionZh)).toList();
        RuleParameters ruleParameters = new RuleParameters(rows.stream()
                .collect(Collectors.toUnmodifiableMap(Parameter::code, Parameter::value)));
        return new InEffect(types, attention, rows, ruleParameters, now);
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
