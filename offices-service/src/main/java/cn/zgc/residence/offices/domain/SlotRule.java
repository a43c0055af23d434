package cn.zgc.residence.offices.domain;

/** From a time of day on: slots of {@code slotMinutes}, each with {@code capacity} seats (0: no bookings then). */
public record SlotRule(int slotMinutes, int capacity) {

    public static final int MIN_MINUTES = 5;
    public static final int MAX_MINUTES = 240;
    public static final int MAX_CAPACITY = 500;

    public SlotRule {
        if (slotMinutes < MIN_MINUTES || slotMinutes > MAX_MINUTES) {
            throw new IllegalArgumentException("a slot lasts " + MIN_MINUTES + " to " + MAX_MINUTES + " minutes");
        }
        if (capacity < 0 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("a slot has 0 to " + MAX_CAPACITY + " seats");
        }
    }
}
