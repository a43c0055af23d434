package cn.zgc.residence.offices.domain;

import cn.zgc.residence.common.i18n.Text;

/** From a time of day on: slots of {@code slotMinutes}, each with {@code capacity} seats (0: no bookings then). */
public record SlotRule(int slotMinutes, int capacity) {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 240;
    public static final int MAX_CAPACITY = 500;

    public SlotRule {
        if (slotMinutes < MIN_MINUTES || slotMinutes > MAX_MINUTES) {
            throw new InvalidValue(new Text("a slot lasts " + MIN_MINUTES + " to " + MAX_MINUTES + " minutes",
                    "每个时段为 " + MIN_MINUTES + " 至 " + MAX_MINUTES + " 分钟"));
        }
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new InvalidValue(new Text("a slot has 0 to " + MAX_CAPACITY + " seats",
                    "每个时段有 0 至 " + MAX_CAPACITY + " 个名额"));
        }
    }
}
