package cn.zgc.residence.offices.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A year of the State Council holiday arrangement that the service holds, with the notices it comes from. */
@Entity
@Table(name = "official_calendar_year")
public class OfficialCalendarYearEntity {

    @Id
    public Integer year;

    /** The State Council notices, space separated. */
    @Column(nullable = false)
    public String papers;

    @Column(nullable = false)
    public String source;

    @Column(name = "loaded_at", nullable = false)
    public OffsetDateTime loadedAt;
}
