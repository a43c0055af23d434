package cn.zgc.residence.offices.repository;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** An officer's notice for a hall's days, as stored. */
@Entity
@Table(name = "hall_notice")
public class HallNoticeEntity {

    @Id
    public UUID id;

    @Column(name = "hall_id", nullable = false)
    public String hallId;

    @Column(name = "date_from", nullable = false)
    public LocalDate dateFrom;

    @Column(name = "date_to", nullable = false)
    public LocalDate dateTo;

    @Column(nullable = false)
    public String kind;

    @Column(name = "reason_en", nullable = false)
    public String reasonEn;

    @Column(name = "reason_zh", nullable = false)
    public String reasonZh;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "hall_notice_interval", joinColumns = @JoinColumn(name = "notice_id"))
    public List<Interval> intervals = new ArrayList<>();

    /** A special-hours interval of every day of the notice. */
    @Embeddable
    public static class Interval {

        @Column(nullable = false)
        public LocalTime opens;

        @Column(nullable = false)
        public LocalTime closes;
    }
}
