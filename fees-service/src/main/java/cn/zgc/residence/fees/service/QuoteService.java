package cn.zgc.residence.fees.service;

import cn.zgc.residence.common.i18n.CallerLanguage;
import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.i18n.Text;
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
    private final CallerLanguage language;

    public QuoteService(FeeScheduleService schedules, CallerLanguage language) {
        this.schedules = schedules;
        this.language = language;
    }

    public QuoteView quote(QuoteRequest request) {
        LocalDate on = request.on() != null ? request.on() : schedules.today();
        Pricing.Priced priced = price(request.services(), on);
        return new QuoteView(on, priced.scheduleVersion(), Money.CURRENCY, lines(priced), priced.total().amount());
    }

    /** Prices with the version in force on the date; 422 when no version covers it. */
    Pricing.Priced price(List<ServiceCode> services, LocalDate on) {
        FeeSchedule schedule = schedules.inForceOn(on)
                .orElseThrow(() -> ApiException.unprocessable(new Text(
                        "No fee schedule is in force on " + on, on + " 没有生效的收费标准")));
        return Pricing.price(schedule, services);
    }

    private List<PricedLine> lines(Pricing.Priced priced) {
        Language lang = language.get();
        return priced.lines().stream().map(l -> PricedLine.of(l.service(), l.amount().amount(), lang)).toList();
    }
}
