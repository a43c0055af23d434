package cn.zgc.residence.offices.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class HallRepository implements PanacheRepositoryBase<HallEntity, String> {

    public List<HallEntity> listAllById() {
        return list("order by id");
    }
}
