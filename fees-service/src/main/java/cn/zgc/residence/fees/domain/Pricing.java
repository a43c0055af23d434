package cn.zgc.residence.fees.domain;

import java.util.List;

/** Prices services with one schedule version: one line per requested service, in request order, and the total. */
public final class Pricing {

    private Pricing() {
    }

    public record Line(ServiceCode service, Money amount) {
    }

    public record Priced(String scheduleVersion, List<Line> lines, Money total) {
        public List<ServiceCode> services() {
            return lines.stream().map(Line::service).toList();
        }
    }

    public static Priced price(FeeSchedule schedule, List<ServiceCode> services) {
        List<Line> lines = services.stream()
                .map(service -> new Line(service, schedule.amountOf(service).orElseThrow(() ->
                        new IllegalStateException("schedule " + schedule.version() + " has no amount for " + service))))
                .toList();
        return new Priced(schedule.version(), lines, Money.sum(lines.stream().map(Line::amount).toList()));
    }
}
