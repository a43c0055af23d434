package cn.zgc.residence.offices.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A day of the State Council holiday arrangement. */
@Entity
@Table(name = "official_day")
public class OfficialDayEntity {

    @Id
    public LocalDate day;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String name;

    @Column(name = "off_day", nullable = false)
    public boolean offDay;
}
