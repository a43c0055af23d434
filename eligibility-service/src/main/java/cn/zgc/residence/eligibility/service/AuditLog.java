package cn.zgc.residence.eligibility.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.eligibility.repository.AuditRecordEntity;
import cn.zgc.residence.eligibility.repository.AuditRecordRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;

/** Keeps officer actions (who, when, what) in the transaction of the action itself. */
@ApplicationScoped
public class AuditLog {

    private final AuditRecordRepository records;

    public AuditLog(AuditRecordRepository records) {
        this.records = records;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String actor, String action, String subject, String detail) {
        AuditRecordEntity record = new AuditRecordEntity();
        record.actor = actor;
        record.action = action;
        record.subject = subject;
        record.detail = detail;
        record.at = OffsetDateTime.now(Outbox.ZONE);
        records.persist(record);
    }
}
