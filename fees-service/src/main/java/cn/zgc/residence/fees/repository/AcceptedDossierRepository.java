package cn.zgc.residence.fees.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class AcceptedDossierRepository implements PanacheRepositoryBase<AcceptedDossierEntity, UUID> {
}
