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

/** A dated version of a hall's slot lengths and seats, as stored; never changed once written. */
@Entity
@Table(name = "capacity_version")
public class CapacityVersionEntity {

    @Id
    public UUID id;

    @Column(name = "hall_id", nullable = false)
    public String hallId;

    /** Null: every category of the hall without a version of its own. */
    public String category;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    public String reason;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "capacity_band", joinColumns = @JoinColumn(name = "version_id"))
    public List<Band> bands = new ArrayList<>();

    @Embeddable
    public static class Band {

        @Column(nullable = false)
        public LocalTime starts;

        @Column(name = "slot_minutes", nullable = false)
        public int slotMinutes;

        @Column(nullable = false)
        public int capacity;
    }
}
