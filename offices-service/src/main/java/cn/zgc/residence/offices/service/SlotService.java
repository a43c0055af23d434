package cn.zgc.residence.offices.service;

import cn.zgc.residence.common.i18n.Language;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.offices.api.EarliestSlotsView;
import cn.zgc.residence.offices.api.HallSlotsView;
import cn.zgc.residence.offices.api.SlotView;
import cn.zgc.residence.offices.config.OfficesConfig;
import cn.zgc.residence.offices.domain.ApplicantFacts;
import cn.zgc.residence.offices.domain.CapacityPlan;
import cn.zgc.residence.offices.domain.CapacityVersion;
import cn.zgc.residence.offices.domain.DaySchedule;
import cn.zgc.residence.offices.domain.Hall;
import cn.zgc.residence.offices.domain.HallHours;
import cn.zgc.residence.offices.domain.Slot;
import cn.zgc.residence.offices.domain.SlotPlanner;
import cn.zgc.residence.offices.domain.SlotRule;
import cn.zgc.residence.offices.domain.TimeInterval;
import cn.zgc.residence.offices.repository.AppointmentRepository;
import cn.zgc.residence.offices.repository.CapacityBandRow;
import cn.zgc.residence.offices.repository.CapacityRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Slots with their free seats: the opening hours from the snapshot, cut by the capacity versions, less the seats the
 * database counts as taken. Capacity versions and seats are read from the database on each query, so every replica
 * answers the same at once.
 */
@ApplicationScoped
public class SlotService {

    private final HallDirectory directory;
    private final CapacityRepository capacities;
    private final AppointmentRepository appointments;
    private final OfficesConfig config;
    private final Clock clock;

    public SlotService(HallDirectory directory, CapacityRepository capacities, AppointmentRepository appointments,
            OfficesConfig config, Clock clock) {
        this.directory = directory;
        this.capacities = capacities;
        this.appointments = appointments;
        this.config = config;
        this.clock = clock;
    }

    /** A hall's slots of a category from {@code from} to {@code to}; the booked seats only when {@code showBooked}. */
    public HallSlotsView hallSlots(String hallId, String category, LocalDate from, LocalDate to, boolean onlyAvailable,
            boolean showBooked) {
        HallDirectory.Snapshot s = directory.snapshot();
        Hall hall = HallService.hall(s, hallId);
        HallService.requireCategory(s, category);
        LocalDate[] range = range(from, to);
        if (hall.accepts().stream().noneMatch(r -> r.category().equals(category))) {
            return new HallSlotsView(hallId, category, range[0], range[1], List.of());
        }
        CapacityPlan plan = plans(List.of(hallId)).get(hallId);
        List<Slot> slots = planner(s).slots(s.hours().get(hallId), plan, category, range[0], range[1]);
        Map<Instant, Integer> taken = seatsTaken(List.of(hallId), category, range).getOrDefault(hallId, Map.of());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<SlotView> views = slots.stream()
                .filter(slot -> slot.startsAt().isAfter(now))
                .map(slot -> view(slot, taken, showBooked))
                .filter(v -> !onlyAvailable || v.available() > 0)
                .toList();
        return new HallSlotsView(hallId, category, range[0], range[1], views);
    }

    /**
     * For each hall that takes the category from this applicant, its earliest free slots in the range; halls with a
     * free slot first, by their earliest one, then the halls without any.
     */
    public List<EarliestSlotsView> earliest(String category, ApplicantFacts applicant, LocalDate from, LocalDate to,
            Integer perHall, Language language, boolean showBooked) {
        HallDirectory.Snapshot s = directory.snapshot();
        HallService.requireCategory(s, category);
        int limit = perHall == null ? config.appointments().earliestPerHall() : perHall;
        if (limit < 1 || limit > 50) {
            throw ApiException.invalid("perHall", new Text("must be between 1 and 50", "须在 1 至 50 之间"));
        }
        LocalDate[] range = range(from, to);
        List<Hall> halls = s.halls().values().stream().filter(h -> h.takes(category, applicant).isPresent()).toList();
        List<String> ids = halls.stream().map(Hall::id).toList();
        Map<String, CapacityPlan> plans = plans(ids);
        Map<String, Map<Instant, Integer>> taken = seatsTaken(ids, category, range);
        OffsetDateTime now = OffsetDateTime.now(clock);
        SlotPlanner planner = planner(s);
        List<EarliestSlotsView> result = new ArrayList<>();
        for (Hall hall : halls) {
            Map<Instant, Integer> hallTaken = taken.getOrDefault(hall.id(), Map.of());
            HallHours hours = s.hours().get(hall.id());
            List<SlotView> free = new ArrayList<>();
            for (LocalDate d = range[0]; !d.isAfter(range[1]) && free.size() < limit; d = d.plusDays(1)) {
                DaySchedule day = planner.calculator().day(hours, d);
                for (Slot slot : planner.slotsOfDay(hall.id(), day, plans.get(hall.id()), category)) {
                    if (!slot.startsAt().isAfter(now)) {
                        continue;
                    }
                    SlotView v = view(slot, hallTaken, showBooked);
                    if (v.available() > 0 && free.size() < limit) {
                        free.add(v);
                    }
                }
            }
            result.add(new EarliestSlotsView(hall.id(), language.pick(hall.nameEn(), hall.nameZh()), free));
        }
        result.sort(Comparator.comparing((EarliestSlotsView e) -> e.slots().isEmpty())
                .thenComparing(e -> e.slots().isEmpty() ? Instant.MAX : e.slots().get(0).startsAt().toInstant())
                .thenComparing(EarliestSlotsView::hallId));
        return result;
    }

    /**
     * The booked and offered seats of each open interval of a hall's days, over every category it takes: what the
     * calendar feed shows immigration. Keyed by the interval's start.
     */
    public Map<OffsetDateTime, int[]> load(String hallId, List<DaySchedule> days) {
        HallDirectory.Snapshot s = directory.snapshot();
        Hall hall = HallService.hall(s, hallId);
        Map<OffsetDateTime, int[]> load = new HashMap<>();
        if (days.isEmpty()) {
            return load;
        }
        LocalDate[] range = {days.get(0).date(), days.get(days.size() - 1).date()};
        CapacityPlan plan = plans(List.of(hallId)).get(hallId);
        Map<Instant, Integer> taken = seatsTaken(List.of(hallId), null, range).getOrDefault(hallId, Map.of());
        SlotPlanner planner = planner(s);
        for (DaySchedule day : days) {
            for (TimeInterval interval : day.intervals()) {
                int[] counts = new int[2];
                for (var rule : hall.accepts()) {
                    for (Slot slot : planner.slotsOfDay(hallId, day, plan, rule.category())) {
                        if (!slot.starts().isBefore(interval.opens()) && slot.starts().isBefore(interval.closes())) {
                            counts[1] += slot.capacity();
                        }
                    }
                }
                OffsetDateTime opens = Slot.at(day.date(), interval.opens());
                OffsetDateTime closes = Slot.at(day.date(), interval.closes());
                taken.forEach((start, seats) -> {
                    if (!start.isBefore(opens.toInstant()) && start.isBefore(closes.toInstant())) {
                        counts[0] += seats;
                    }
                });
                load.put(opens, counts);
            }
        }
        return load;
    }

    /** The capacity plans of these halls, read now: the band rows grouped by hall, each version's rows one version. */
    public Map<String, CapacityPlan> plans(Collection<String> hallIds) {
        List<CapacityBandRow> rows = hallIds.isEmpty() ? List.of()
                : QuarkusTransaction.joiningExisting().call(() -> capacities.bandsOfHalls(hallIds));
        Map<String, Map<UUID, List<CapacityBandRow>>> byHall = rows.stream().collect(Collectors.groupingBy(
                CapacityBandRow::hallId, Collectors.groupingBy(CapacityBandRow::versionId)));
        Map<String, CapacityPlan> plans = new HashMap<>();
        hallIds.forEach(id -> plans.put(id, new CapacityPlan(byHall.getOrDefault(id, Map.of()).values().stream()
                .map(SlotService::toVersion).toList())));
        return plans;
    }

    /** A stored version from its band rows (all of one version). */
    static CapacityVersion toVersion(List<CapacityBandRow> rows) {
        TreeMap<LocalTime, SlotRule> bands = new TreeMap<>();
        rows.forEach(b -> bands.put(b.starts(), new SlotRule(b.slotMinutes(), b.capacity())));
        CapacityBandRow v = rows.get(0);
        return new CapacityVersion(v.versionId(), v.hallId(), v.category(), v.effectiveFrom(), bands);
    }

    SlotPlanner planner(HallDirectory.Snapshot s) {
        return new SlotPlanner(s.calculator(), s.calendar());
    }

    private Map<String, Map<Instant, Integer>> seatsTaken(List<String> hallIds, String category, LocalDate[] range) {
        OffsetDateTime from = Slot.at(range[0], LocalTime.MIDNIGHT);
        OffsetDateTime to = Slot.at(range[1].plusDays(1), LocalTime.MIDNIGHT);
        return QuarkusTransaction.joiningExisting().call(() -> appointments.seatsTaken(hallIds, category, from, to));
    }

    private LocalDate[] range(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        LocalDate start = from != null ? from : today;
        LocalDate end = to != null ? to : start.plusDays(config.appointments().searchDays() - 1L);
        if (start.isAfter(end)) {
            throw ApiException.invalid("from", HallService.FROM_AFTER_TO);
        }
        int max = config.appointments().maxSearchDays();
        if (ChronoUnit.DAYS.between(start, end) + 1 > max) {
            throw ApiException.invalid("to", new Text("a slot search covers at most " + max + " days",
                    "时段查询最多涵盖 " + max + " 天"));
        }
        return new LocalDate[] {start, end};
    }

    private static SlotView view(Slot slot, Map<Instant, Integer> taken, boolean showBooked) {
        int booked = taken.getOrDefault(slot.startsAt().toInstant(), 0);
        return new SlotView(slot.hallId(), slot.category(), slot.startsAt(), slot.endsAt(), slot.capacity(),
                Math.max(0, slot.capacity() - booked), showBooked ? booked : null);
    }
}
