package cn.zgc.residence.gateway.edge;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One token bucket per key (a partner, or a client address): {@code burst} requests at once, refilled at
 * {@code perSecond}. Answers how long a refused caller should wait. At most {@code maxKeys} buckets are kept: past
 * that, buckets that have filled up again are dropped (a new bucket is full too, so nothing is lost), and if that
 * is not enough, all of them.
 */
public final class TokenBuckets {

    private final double perNano;
    private final double burst;
    private final int maxKeys;
    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    public TokenBuckets(double perSecond, int burst) {
        this(perSecond, burst, Integer.MAX_VALUE);
    }

    public TokenBuckets(double perSecond, int burst, int maxKeys) {
        if (perSecond <= 0 || burst < 1 || maxKeys < 1) {
            throw new IllegalArgumentException("rate limit needs a positive rate, a burst and a key limit of at least 1");
        }
        this.perNano = perSecond / 1_000_000_000d;
        this.burst = burst;
        this.maxKeys = maxKeys;
    }

    /** Takes a token for the key; returns 0 when granted, otherwise the nanoseconds until one is available. */
    public long take(String key, long nowNanos) {
        if (buckets.size() >= maxKeys && !buckets.containsKey(key)) {
            buckets.values().removeIf(bucket -> bucket.fullAt(nowNanos, perNano, burst));
            if (buckets.size() >= maxKeys) {
                buckets.clear();
            }
        }
        return buckets.computeIfAbsent(key, k -> new Bucket(burst, nowNanos)).take(nowNanos, perNano, burst);
    }

    /** How many buckets are kept now. */
    int size() {
        return buckets.size();
    }

    private static final class Bucket {
        private double tokens;
        private long updated;

        Bucket(double tokens, long now) {
            this.tokens = tokens;
            this.updated = now;
        }

        synchronized boolean fullAt(long now, double perNano, double burst) {
            return tokens + (now - updated) * perNano >= burst;
        }

        synchronized long take(long now, double perNano, double burst) {
            tokens = Math.min(burst, tokens + (now - updated) * perNano);
            updated = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }
    }
}
