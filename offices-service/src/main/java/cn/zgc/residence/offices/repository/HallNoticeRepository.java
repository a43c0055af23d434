package cn.zgc.residence.offices.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

@ApplicationScoped
public class HallNoticeRepository implements PanacheRepositoryBase<HallNoticeEntity, UUID> {
}
