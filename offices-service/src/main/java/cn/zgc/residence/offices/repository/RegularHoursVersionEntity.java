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

/** A dated version of a hall's regular hours; ids are made by the service, so no sequence is needed. */
@Entity
@Table(name = "regular_hours_version")
public class RegularHoursVersionEntity {

    @Id
    public UUID id;

    @Column(name = "hall_id", nullable = false)
    public String hallId;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "regular_hours_interval", joinColumns = @JoinColumn(name = "version_id"))
    public List<Interval> intervals = new ArrayList<>();

    /** An open interval on a day of the week (ISO numbering, 1 = Monday). */
    @Embeddable
    public static class Interval {

        @Column(name = "day_of_week", nullable = false)
        public short dayOfWeek;

        @Column(nullable = false)
        public LocalTime opens;

        @Column(nullable = false)
        public LocalTime closes;
    }
}
