package cn.zgc.residence.gateway.edge;

import java.util.Set;

/** Who a verified bearer token names, as far as the edge needs to know: its known roles and partner id. */
public record Caller(String subject, String partnerId, Set<String> roles, long expiresAtMillis) {

    /** The routing-context key under which the verified caller is kept. */
    public static final String KEY = "zgc.caller";

    /** The key of the caller's rate-limit bucket: the partner, or the subject for officers. */
    public String bucketKey() {
        return partnerId != null ? "partner:" + partnerId : "subject:" + subject;
    }

    /** How the access log names the caller: the partner id, or an officer's role and subject. */
    public String logName() {
        if (partnerId != null) {
            return partnerId;
        }
        return roles.isEmpty() ? "-" : String.join("+", roles.stream().sorted().toList()) + ":" + subject;
    }

    public boolean expiredAt(long nowMillis) {
        return nowMillis >= expiresAtMillis;
    }
}
