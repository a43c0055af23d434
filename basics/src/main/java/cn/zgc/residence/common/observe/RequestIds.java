package cn.zgc.residence.common.observe;

/**
 * The rule for a request id a client sends in {@code X-Request-Id}: kept only when it cannot corrupt a log line or a
 * header. The gateway applies it at the edge; the services and the pages apply it again to what reaches them.
 */
public final class RequestIds {

    /** The longest id kept. */
    public static final int MAX_LENGTH = 128;

    private RequestIds() {
    }

    /** Letters, digits and {@code - _ . :}, one to {@link #MAX_LENGTH} characters. */
    public static boolean plainToken(String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == ':';
            if (!plain) {
                return false;
            }
        }
        return true;
    }
}
