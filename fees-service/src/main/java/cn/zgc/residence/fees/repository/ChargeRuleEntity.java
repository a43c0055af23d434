package cn.zgc.residence.fees.repository;

import cn.zgc.residence.fees.domain.ChargeStep;
import cn.zgc.residence.fees.domain.ServiceCode;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** One service that a kind of application is charged at one step of its dossier's lifecycle. */
@Entity
@Table(name = "charge_rule")
public class ChargeRuleEntity {

    @EmbeddedId
    public Key key;

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "application_kind")
        public String applicationKind;

        @Enumerated(EnumType.STRING)
        @Column(name = "step")
        public ChargeStep step;

        @Enumerated(EnumType.STRING)
        @Column(name = "service_code")
        public ServiceCode serviceCode;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(applicationKind, other.applicationKind)
                    && step == other.step && serviceCode == other.serviceCode;
        }

        @Override
        public int hashCode() {
            return Objects.hash(applicationKind, step, serviceCode);
        }
    }
}
