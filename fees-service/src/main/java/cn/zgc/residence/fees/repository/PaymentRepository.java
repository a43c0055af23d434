package cn.zgc.residence.fees.repository;

import cn.zgc.residence.fees.domain.PaymentStatus;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
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

    /** Payments waiting for the hall's decision, oldest first. */
    public List<PaymentEntity> listPending(int page, int size) {
        return find("status = ?1 order by receivedAt, id", PaymentStatus.PENDING).page(Page.of(page, size)).list();
    }

    public long countPending() {
        return count("status = ?1", PaymentStatus.PENDING);
    }

    /** Serialises requests that carry the same key, so that a retry racing its original sees its result. */
    public void lockKey(String lockName) {
        getEntityManager().createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) l")
                .setParameter(1, lockName)
                .getSingleResult();
    }

    /**
     * Decides a pending payment of the invoice, only if it is still PENDING: of two decisions at once exactly one
     * changes the row. Answers whether this one did.
     */
    public boolean decide(UUID invoiceId, UUID paymentId, PaymentStatus decision, String by, OffsetDateTime at,
            String reason) {
        int changed = update("status = ?1, decidedBy = ?2, decidedAt = ?3, rejectionReason = ?4 "
                        + "where id = ?5 and invoiceId = ?6 and status = ?7",
                decision, by, at, reason, paymentId, invoiceId, PaymentStatus.PENDING);
        return changed == 1;
    }
}
