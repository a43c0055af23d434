package cn.zgc.residence.eligibility.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class AuditRecordRepository implements PanacheRepositoryBase<AuditRecordEntity, Long> {

    public List<AuditRecordEntity> forSubject(String subject) {
        return list("subject = ?1 order by at, id", subject);
    }
}
