package cn.zgc.residence.documents.repository;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

/** The key of a dated rule row: its code and the day it takes effect. */
public class DatedKey implements Serializable {

    public String code;
    public LocalDate effectiveFrom;

    public DatedKey() {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DatedKey k && Objects.equals(code, k.code) && Objects.equals(effectiveFrom, k.effectiveFrom);
    }

    @Override
    public int hashCode() {
        return Objects.hash(code, effectiveFrom);
    }
}
