package cn.zgc.residence.eligibility.service;

import cn.zgc.residence.common.time.BusinessClock;
import cn.zgc.residence.eligibility.api.AuditPage;
import cn.zgc.residence.eligibility.api.AuditRecordView;
import cn.zgc.residence.eligibility.repository.AuditRecordEntity;
import cn.zgc.residence.eligibility.repository.AuditRecordRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Keeps officer actions (who, when, what) in the transaction of the action itself, and shows them to the committee. */
@ApplicationScoped
public class AuditLog {

    private final AuditRecordRepository records;
    private final Clock clock;

    public AuditLog(AuditRecordRepository records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String subject, String detail) {
        AuditRecordEntity record = new AuditRecordEntity();
        record.actor = actor;
        record.action = action;
        record.subject = subject;
        record.detail = detail;
        record.at = OffsetDateTime.now(clock);
        records.persist(record);
    }

    /** Newest first; all records, or one assessment's. */
    @Transactional
    public AuditPage page(UUID assessmentId, int page, int size) {
        PanacheQuery<AuditRecordEntity> query = records.newestFirst(
                assessmentId == null ? null : "assessment:" + assessmentId).page(page, size);
        return new AuditPage(query.list().stream().map(AuditLog::view).toList(), page, size, query.count());
    }

    private static AuditRecordView view(AuditRecordEntity r) {
        return new AuditRecordView(r.id, r.actor, r.action, r.subject, r.detail,
                r.at.atZoneSameInstant(BusinessClock.ZONE).toOffsetDateTime());
    }
}
