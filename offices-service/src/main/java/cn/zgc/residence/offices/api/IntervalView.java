package cn.zgc.residence.offices.api;

import java.time.OffsetDateTime;

/** An open interval: open from {@code opens}, closed again at {@code closes}. */
public record IntervalView(OffsetDateTime opens, OffsetDateTime closes) {
}
