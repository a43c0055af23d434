package cn.zgc.residence.fees.service;

import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.fees.api.PricedLine;
import cn.zgc.residence.fees.api.QuoteRequest;
import cn.zgc.residence.fees.api.QuoteView;
import cn.zgc.residence.fees.domain.FeeSchedule;
import cn.zgc.residence.fees.domain.Money;
import cn.zgc.residence.fees.domain.Pricing;
import cn.zgc.residence.fees.domain.ServiceCode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;

/** Prices services as of a date with the schedule version in force then; nothing is stored. */
@ApplicationScoped
public class QuoteService {

    private final FeeScheduleService schedules;

    public QuoteService(FeeScheduleService schedules) {
        this.schedules = schedules;
    }

    public QuoteView quote(QuoteRequest request) {
        LocalDate on = request.on() != null ? request.on() : schedules.today();
        Pricing.Priced priced = price(request.services(), on);
        return new QuoteView(on, priced.scheduleVersion(), Money.CURRENCY, lines(priced), priced.total().amount());
    }

    /** Prices with the version in force on the date; 422 when no version covers it. */
    Pricing.Priced price(List<ServiceCode> services, LocalDate on) {
        FeeSchedule schedule = schedules.inForceOn(on)
                .orElseThrow(() -> ApiException.unprocessable("No fee schedule is in force on " + on));
        return Pricing.price(schedule, services);
    }

    static List<PricedLine> lines(Pricing.Priced priced) {
        return priced.lines().stream().map(l -> new PricedLine(l.service(), l.amount().amount())).toList();
    }
}
