package cn.zgc.residence.fees.repository;

import cn.zgc.residence.fees.domain.FeeSchedule;
import cn.zgc.residence.fees.domain.Money;
import cn.zgc.residence.fees.domain.ServiceCode;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** A fee schedule version as stored, with its amount per service. */
@Entity
@Table(name = "fee_schedule")
public class FeeScheduleEntity {

    @Id
    public String version;

    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(nullable = false)
    public String currency;

    public String note;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;

    @Column(name = "published_at", nullable = false)
    public OffsetDateTime publishedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fee_schedule_item", joinColumns = @JoinColumn(name = "version"))
    @MapKeyColumn(name = "service_code")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "amount", nullable = false)
    public Map<ServiceCode, BigDecimal> amounts = new EnumMap<>(ServiceCode.class);

    public FeeSchedule toDomain() {
        Map<ServiceCode, Money> money = new EnumMap<>(ServiceCode.class);
        amounts.forEach((service, amount) -> money.put(service, new Money(amount)));
        return new FeeSchedule(version, effectiveFrom, Optional.ofNullable(effectiveTo), money);
    }
}
