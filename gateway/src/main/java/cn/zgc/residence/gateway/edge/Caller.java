package cn.zgc.residence.gateway.edge;

/** Who a verified bearer token names, as far as the edge needs to know. */
public record Caller(String subject, String partnerId, boolean officer, long expiresAtMillis) {

    /** The routing-context key under which the verified caller is kept. */
    public static final String KEY = "zgc.caller";

    /** The key of the caller's rate-limit bucket: the partner, or the subject for officers. */
    public String bucketKey() {
        return partnerId != null ? "partner:" + partnerId : "subject:" + subject;
    }

    public boolean expiredAt(long nowMillis) {
        return nowMillis >= expiresAtMillis;
    }
}
