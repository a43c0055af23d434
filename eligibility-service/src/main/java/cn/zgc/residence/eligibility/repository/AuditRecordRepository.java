package cn.zgc.residence.eligibility.repository;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AuditRecordRepository implements PanacheRepositoryBase<AuditRecordEntity, Long> {

    public List<AuditRecordEntity> forSubject(String subject) {
        return list("subject = ?1 order by at, id", subject);
    }

    /** Newest first; a null subject means every record. */
    public PanacheQuery<AuditRecordEntity> newestFirst(String subject) {
        Sort newest = Sort.descending("at", "id");
        return subject == null ? findAll(newest) : find("subject", newest, subject);
    }
}
