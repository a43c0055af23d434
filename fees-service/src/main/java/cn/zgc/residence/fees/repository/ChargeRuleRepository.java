package cn.zgc.residence.fees.repository;

import cn.zgc.residence.fees.domain.ChargeStep;
import cn.zgc.residence.fees.domain.ServiceCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ChargeRuleRepository implements PanacheRepositoryBase<ChargeRuleEntity, ChargeRuleEntity.Key> {

    /** The services a kind of application is charged at a step, in a stable order; empty when none. */
    public List<ServiceCode> servicesFor(String applicationKind, ChargeStep step) {
        return list("key.applicationKind = ?1 and key.step = ?2", applicationKind, step).stream()
                .map(rule -> rule.key.serviceCode)
                .sorted()
                .toList();
    }

    /** Whether any rule names the kind: a kind no rule names is not one this service knows. */
    public boolean knowsKind(String applicationKind) {
        return count("key.applicationKind = ?1", applicationKind) > 0;
    }
}
