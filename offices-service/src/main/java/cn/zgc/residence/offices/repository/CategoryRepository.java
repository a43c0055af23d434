package cn.zgc.residence.offices.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<CategoryEntity, String> {

    public List<CategoryEntity> listInOrder() {
        return list("order by sortOrder");
    }
}
