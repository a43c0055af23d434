package cn.zgc.residence.offices.service;

import cn.zgc.residence.offices.api.HallView;
import cn.zgc.residence.offices.repository.HallEntity;
import cn.zgc.residence.offices.repository.HallRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
public class HallService {

    private final HallRepository halls;

    public HallService(HallRepository halls) {
        this.halls = halls;
    }

    public List<HallView> list(boolean chinese) {
        return halls.listAllById().stream().map(h -> view(h, chinese)).toList();
    }

    private static HallView view(HallEntity h, boolean chinese) {
        return new HallView(h.id, chinese ? h.nameZh : h.nameEn, h.addressEn, h.district, h.phone,
                h.complaintHotline);
    }
}
