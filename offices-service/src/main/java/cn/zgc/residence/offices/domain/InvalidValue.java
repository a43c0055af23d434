package cn.zgc.residence.offices.domain;

import cn.zgc.residence.common.i18n.Text;

/** A value a rule of the domain refuses, with the reason in English and Chinese (the message is the English one). */
public final class InvalidValue extends IllegalArgumentException {

    private final transient Text reason;

    public InvalidValue(Text reason) {
        super(reason.en(), null);
        this.reason = reason;
    }

    public Text reason() {
        return reason;
    }
}
