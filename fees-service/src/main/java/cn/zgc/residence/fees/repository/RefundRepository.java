package cn.zgc.residence.fees.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class RefundRepository implements PanacheRepositoryBase<RefundEntity, UUID> {

    public List<RefundEntity> listByInvoice(UUID invoiceId) {
        return list("invoiceId = ?1 order by refundedAt, id", invoiceId);
    }
}
