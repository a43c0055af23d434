package cn.zgc.residence.eligibility.service;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.common.security.Caller;
import cn.zgc.residence.common.time.BusinessClock;
import cn.zgc.residence.eligibility.api.CriteriaPublication;
import cn.zgc.residence.eligibility.api.CriteriaSummaryView;
import cn.zgc.residence.eligibility.api.CriteriaVersionView;
import cn.zgc.residence.eligibility.domain.CriteriaRules;
import cn.zgc.residence.eligibility.domain.CriteriaVersion;
import cn.zgc.residence.eligibility.repository.CriteriaVersionEntity;
import cn.zgc.residence.eligibility.repository.CriteriaVersionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Lists criteria versions and publishes new ones after validating them; a published version never changes. */
@ApplicationScoped
public class CriteriaService {

    /** What a criteria version is called in problem details. */
    public static final Text CRITERIA_VERSION = new Text("Criteria version", "评估标准版本");

    private final CriteriaVersionRepository repository;
    private final CriteriaCatalog catalog;
    private final AuditLog audit;
    private final Caller caller;
    private final TransactionSynchronizationRegistry transactions;
    private final Clock clock;

    public CriteriaService(CriteriaVersionRepository repository, CriteriaCatalog catalog, AuditLog audit,
            Caller caller, TransactionSynchronizationRegistry transactions, Clock clock) {
        this.clock = clock;
        this.repository = repository;
        this.catalog = catalog;
        this.audit = audit;
        this.caller = caller;
        this.transactions = transactions;
    }

    public List<CriteriaSummaryView> list() {
        return catalog.all().stream().map(p -> summary(p.row())).toList();
    }

    public CriteriaVersionView get(String id) {
        CriteriaCatalog.Published published = catalog.byId(id)
                .orElseThrow(() -> ApiException.notFound(CRITERIA_VERSION, id));
        return view(published.version(), published.row());
    }

    @Transactional
    public CriteriaVersionView publish(CriteriaPublication request) {
        CriteriaVersion candidate = new CriteriaVersion(request.id(), request.title(), request.effectiveFrom(),
                request.effectiveTo(), request.threshold(), request.tracks());
        List<FieldError> errors = CriteriaRules.check(candidate, LocalDate.now(clock));
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        repository.lockForPublication();
        List<CriteriaVersion> published = repository.listByStart().stream().map(catalog::toDomain).toList();
        if (published.stream().anyMatch(v -> v.id().equals(candidate.id()))) {
            throw ApiException.conflict(new Text("Criteria version " + candidate.id() + " is already published and cannot change",
                    "评估标准版本 " + candidate.id() + " 已发布，不能更改"));
        }
        List<String> overlapping = CriteriaRules.overlapping(candidate, published);
        if (!overlapping.isEmpty()) {
            throw ApiException.conflict(new Text("The dates " + candidate.effectiveFrom() + " to "
                    + (candidate.effectiveTo() == null ? "open end" : candidate.effectiveTo())
                    + " overlap published version(s) " + String.join(", ", overlapping),
                    "日期 " + candidate.effectiveFrom() + " 至 "
                    + (candidate.effectiveTo() == null ? "长期有效" : candidate.effectiveTo())
                    + " 与已发布的版本 " + String.join(", ", overlapping) + " 重叠"));
        }
        String actor = caller.actor();
        CriteriaRules.supersedes(candidate, published).ifPresent(previous -> {
            CriteriaVersionEntity row = repository.findById(previous.id());
            row.effectiveTo = candidate.effectiveFrom().minusDays(1);
            audit.record(actor, "criteria.ended", "criteria:" + previous.id(),
                    "ends " + row.effectiveTo + ", superseded by " + candidate.id());
        });
        CriteriaVersionEntity row = new CriteriaVersionEntity();
        row.id = candidate.id();
        row.titleEn = candidate.title().en();
        row.titleZh = candidate.title().zh();
        row.effectiveFrom = candidate.effectiveFrom();
        row.effectiveTo = candidate.effectiveTo();
        row.threshold = candidate.threshold();
        row.tracks = catalog.tracksJson(candidate.tracks());
        row.publishedAt = OffsetDateTime.now(clock);
        row.publishedBy = actor;
        repository.persist(row);
        audit.record(actor, "criteria.published", "criteria:" + row.id, "in effect " + row.effectiveFrom + " to "
                + (row.effectiveTo == null ? "open end" : row.effectiveTo) + ", threshold " + row.threshold);
        transactions.registerInterposedSynchronization(new InvalidateAfterCommit(catalog));
        return view(candidate, row);
    }

    private static CriteriaSummaryView summary(CriteriaVersionEntity row) {
        return new CriteriaSummaryView(row.id, new Text(row.titleEn, row.titleZh), row.effectiveFrom, row.effectiveTo,
                row.threshold, row.publishedAt.atZoneSameInstant(BusinessClock.ZONE).toOffsetDateTime(), row.publishedBy);
    }

    private static CriteriaVersionView view(CriteriaVersion v, CriteriaVersionEntity row) {
        return new CriteriaVersionView(v.id(), v.title(), v.effectiveFrom(), row.effectiveTo, v.threshold(),
                v.tracks(), row.publishedAt.atZoneSameInstant(BusinessClock.ZONE).toOffsetDateTime(), row.publishedBy);
    }

    /** Other requests keep the old criteria until this publication is committed. */
    private record InvalidateAfterCommit(CriteriaCatalog catalog) implements Synchronization {
        @Override
        public void beforeCompletion() {
        }

        @Override
        public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
                catalog.invalidate();
            }
        }
    }
}
