package cn.zgc.residence.notifications.delivery;

/** A webhook URL that may not be called: its form, its scheme, or the address its host resolves to. */
public class EndpointRefusedException extends Exception {

    private final boolean malformed;

    EndpointRefusedException(String message, boolean malformed) {
        super(message, null, false, false);
        this.malformed = malformed;
    }

    /** True when the URL itself is not acceptable; false when its address is refused or cannot be found. */
    public boolean malformed() {
        return malformed;
    }
}
