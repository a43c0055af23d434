package cn.zgc.residence.notifications.delivery;

import cn.zgc.residence.common.i18n.Text;
/** A webhook URL that may not be called: its form, its scheme, or the address its host resolves to. */
public class EndpointRefusedException extends Exception {

    private final boolean malformed;
    private final Text text;

    /** The message is the English text (for logs and the delivery log); {@link #text()} has both languages. */
    EndpointRefusedException(Text text, boolean malformed) {
        super(text.en(), null, false, false);
        this.malformed = malformed;
        this.text = text;
    }

    /** Why, in English and Chinese, for the answer to the partner. */
    public Text text() {
        return text;
    }

    /** True when the URL itself is not acceptable; false when its address is refused or cannot be found. */
    public boolean malformed() {
        return malformed;
    }
}
