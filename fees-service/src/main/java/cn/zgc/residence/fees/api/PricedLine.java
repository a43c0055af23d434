package cn.zgc.residence.fees.api;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.fees.domain.ServiceCode;
import java.math.BigDecimal;

/** One priced service of a quote or an invoice, with the service's name in the caller's language. */
public record PricedLine(ServiceCode service, String name, BigDecimal amount) {

    public static PricedLine of(ServiceCode service, BigDecimal amount, Language language) {
        return new PricedLine(service, language.pick(service.nameEn(), service.nameZh()), amount);
    }
}
