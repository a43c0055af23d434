package cn.zgc.residence.fees.repository;

import cn.zgc.residence.fees.domain.ServiceCode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class ChargeRuleRepository implements PanacheRepositoryBase<ChargeRuleEntity, ChargeRuleEntity.Key> {

    /** The services charged for a kind of application, in a stable order; empty for an unknown kind. */
    public List<ServiceCode> servicesFor(String applicationKind) {
        return list("key.applicationKind = ?1", applicationKind).stream()
                .map(rule -> rule.key.serviceCode)
                .sorted()
                .toList();
    }
}
