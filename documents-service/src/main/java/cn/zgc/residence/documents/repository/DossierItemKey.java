package cn.zgc.residence.documents.repository;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

public class DossierItemKey implements Serializable {

    public UUID dossierId;
    public String code;

    public DossierItemKey() {
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DossierItemKey k && Objects.equals(dossierId, k.dossierId) && Objects.equals(code, k.code);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dossierId, code);
    }
}
