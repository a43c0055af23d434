package cn.zgc.residence.notifications.delivery;

/** What one attempt came to: a response's status, or the reason none came. */
public record SendResult(Integer statusCode, long latencyMs, String error) {

    public boolean succeeded() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    static SendResult refused(String reason) {
        return new SendResult(null, 0, "refused before connecting: " + reason);
    }
}
