package cn.zgc.residence.fees.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PaymentRepository implements PanacheRepositoryBase<PaymentEntity, UUID> {

    public Optional<PaymentEntity> findByKey(String payer, String idempotencyKey) {
        return find("payer = ?1 and idempotencyKey = ?2", payer, idempotencyKey).firstResultOptional();
    }

    public List<PaymentEntity> listByInvoice(UUID invoiceId) {
        return list("invoiceId = ?1 order by receivedAt, id", invoiceId);
    }

    /** Serialises requests that carry the same key, so that a retry racing its original sees its result. */
    public void lockKey(String payer, String idempotencyKey) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, payer + "\n" + idempotencyKey)
                .getSingleResult();
    }
}
