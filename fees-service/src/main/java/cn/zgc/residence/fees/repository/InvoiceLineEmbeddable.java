package cn.zgc.residence.fees.repository;

import cn.zgc.residence.fees.domain.ServiceCode;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.math.BigDecimal;

/** One priced service of an invoice. */
@Embeddable
public class InvoiceLineEmbeddable {

    @Enumerated(EnumType.STRING)
    @Column(name = "service_code", nullable = false)
    public ServiceCode serviceCode;

    @Column(nullable = false)
    public BigDecimal amount;

    public InvoiceLineEmbeddable() {
    }

    public InvoiceLineEmbeddable(ServiceCode serviceCode, BigDecimal amount) {
        this.serviceCode = serviceCode;
        this.amount = amount;
    }
}
