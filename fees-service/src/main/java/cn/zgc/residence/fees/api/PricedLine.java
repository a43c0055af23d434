package cn.zgc.residence.fees.api;

import cn.zgc.residence.fees.domain.ServiceCode;
import java.math.BigDecimal;

/** One priced service of a quote or an invoice. */
public record PricedLine(ServiceCode service, BigDecimal amount) {
}
