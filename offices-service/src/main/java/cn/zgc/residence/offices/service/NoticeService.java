package cn.zgc.residence.offices.service;

import cn.zgc.residence.common.events.Outbox;
import cn.zgc.residence.common.events.payload.HallNoticePublished;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.offices.api.NoticeRequest;
import cn.zgc.residence.offices.api.NoticeView;
import cn.zgc.residence.offices.domain.HallHours;
import cn.zgc.residence.offices.domain.HallNotice;
import cn.zgc.residence.offices.domain.InvalidValue;
import cn.zgc.residence.offices.repository.AppointmentRepository;
import cn.zgc.residence.offices.domain.NoticeKind;
import cn.zgc.residence.offices.domain.TimeInterval;
import cn.zgc.residence.offices.repository.HallNoticeEntity;
import cn.zgc.residence.offices.repository.HallNoticeRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Officers' notices: published with their event in one transaction, then visible to queries at once. */
@ApplicationScoped
public class NoticeService {

    /** What a hall's notice is called in problem details. */
    public static final Text NOTICE = new Text("Notice", "公告");

    private final HallDirectory directory;
    private final HallNoticeRepository notices;
    private final Outbox outbox;
    private final Clock clock;
    private final AppointmentReleases releases;
    private final AppointmentRepository appointments;

    public NoticeService(HallDirectory directory, HallNoticeRepository notices, Outbox outbox, Clock clock,
            AppointmentReleases releases, AppointmentRepository appointments) {
        this.directory = directory;
        this.notices = notices;
        this.outbox = outbox;
        this.clock = clock;
        this.releases = releases;
        this.appointments = appointments;
    }

    public NoticeView publish(String hallId, NoticeRequest request, String actor) {
        HallService.hall(directory.snapshot(), hallId);
        HallNotice notice = validate(hallId, request);
        QuarkusTransaction.requiringNew().run(() -> {
            // no booking of this hall commits while the notice is stored and its cancellations are decided
            appointments.lockHallForNotice(hallId);
            notices.persist(entity(notice, actor));
            outbox.record(new HallNoticePublished(notice.id(), hallId, notice.from(), notice.to(), notice.kind().name(),
                    notice.intervals().stream().map(TimeInterval::toString).toList(), notice.reasonEn(),
                    notice.reasonZh(), notice.publishedAt()));
            HallDirectory.Snapshot s = directory.snapshot();
            List<HallNotice> withNew = new ArrayList<>(notices.list("hallId = ?1 and dateFrom <= ?2 and dateTo >= ?3",
                    hallId, notice.to(), notice.from()).stream().map(HallDirectory::toNotice).toList());
            withNew.removeIf(n -> n.id().equals(notice.id()));
            withNew.add(notice);
            releases.applyNotice(notice, new HallHours(hallId, s.hours().get(hallId).versions(), withNew),
                    s.calculator(), actor);
        });
        directory.refresh();
        return view(notice);
    }

    /** The hall's notices that end today or later, by first day; with {@code all}, the past ones too. */
    public List<NoticeView> list(String hallId, boolean all) {
        HallDirectory.Snapshot s = directory.snapshot();
        HallService.hall(s, hallId);
        LocalDate today = LocalDate.now(clock);
        return s.hours().get(hallId).notices().stream()
                .filter(n -> all || !n.to().isBefore(today))
                .sorted(Comparator.comparing(HallNotice::from).thenComparing(HallNotice::publishedAt))
                .map(NoticeService::view)
                .toList();
    }

    public NoticeView get(String hallId, UUID id) {
        HallDirectory.Snapshot s = directory.snapshot();
        HallService.hall(s, hallId);
        return s.hours().get(hallId).notices().stream().filter(n -> n.id().equals(id)).findFirst()
                .map(NoticeService::view)
                .orElseThrow(() -> ApiException.notFound(NOTICE, id));
    }

    private HallNotice validate(String hallId, NoticeRequest r) {
        List<FieldError> errors = new ArrayList<>();
        LocalDate today = LocalDate.now(clock);
        if (r.from().isBefore(today)) {
            errors.add(new FieldError("from", new Text("must be today or later: past days keep what was published for them",
                    "须为今天或以后：过去的日期保留当时发布的内容")));
        }
        if (r.to().isBefore(r.from())) {
            errors.add(new FieldError("to", new Text("must not be before from", "不能早于 from")));
        } else if (ChronoUnit.DAYS.between(r.from(), r.to()) + 1 > HallService.MAX_SCHEDULE_DAYS) {
            errors.add(new FieldError("to", new Text("a notice covers at most " + HallService.MAX_SCHEDULE_DAYS + " days",
                    "一则公告最多涵盖 " + HallService.MAX_SCHEDULE_DAYS + " 天")));
        }
        List<String> texts = r.intervals() == null ? List.of() : r.intervals();
        List<TimeInterval> intervals = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                intervals.add(TimeInterval.parse(texts.get(i)));
            } catch (InvalidValue e) {
                errors.add(new FieldError("intervals[" + i + "]", e.reason()));
            }
        }
        if (r.kind() == NoticeKind.CLOSED && !texts.isEmpty()) {
            errors.add(new FieldError("intervals", new Text("a CLOSED notice has no intervals",
                    "CLOSED（闭厅）公告不含时间段")));
        }
        if (r.kind() == NoticeKind.SPECIAL_HOURS && texts.isEmpty()) {
            errors.add(new FieldError("intervals", new Text("a SPECIAL_HOURS notice names at least one interval",
                    "SPECIAL_HOURS（特殊办公时间）公告至少列出一个时间段")));
        }
        if (errors.isEmpty()) {
            try {
                TimeInterval.ofDay(intervals);
            } catch (InvalidValue e) {
                errors.add(new FieldError("intervals", e.reason()));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new HallNotice(UUID.randomUUID(), hallId, r.from(), r.to(), r.kind(), intervals, r.reasonEn().strip(),
                r.reasonZh().strip(), OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS));
    }

    private static HallNoticeEntity entity(HallNotice n, String actor) {
        HallNoticeEntity e = new HallNoticeEntity();
        e.id = n.id();
        e.hallId = n.hallId();
        e.dateFrom = n.from();
        e.dateTo = n.to();
        e.kind = n.kind().name();
        e.reasonEn = n.reasonEn();
        e.reasonZh = n.reasonZh();
        e.publishedAt = n.publishedAt();
        e.publishedBy = actor;
        for (TimeInterval i : n.intervals()) {
            HallNoticeEntity.Interval row = new HallNoticeEntity.Interval();
            row.opens = i.opens();
            row.closes = i.closes();
            e.intervals.add(row);
        }
        return e;
    }

    static NoticeView view(HallNotice n) {
        return new NoticeView(n.id(), n.hallId(), n.from(), n.to(), n.kind().name(),
                n.intervals().stream().map(TimeInterval::toString).toList(), n.reasonEn(), n.reasonZh(), n.publishedAt());
    }
}
