package cn.zgc.residence.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokenBucketsTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void grantsTheBurstAtOnceThenTellsHowLongToWait() {
        TokenBuckets buckets = new TokenBuckets(2, 3);
        assertThat(buckets.take("p1", 0)).isZero();
        assertThat(buckets.take("p1", 0)).isZero();
        assertThat(buckets.take("p1", 0)).isZero();
        assertThat(buckets.take("p1", 0)).isEqualTo(SECOND / 2);
    }

    @Test
    void refillsAtTheRateUpToTheBurst() {
        TokenBuckets buckets = new TokenBuckets(2, 3);
        for (int i = 0; i < 3; i++) {
            buckets.take("p1", 0);
        }
        assertThat(buckets.take("p1", SECOND / 2)).isZero();
        assertThat(buckets.take("p1", SECOND / 2)).isPositive();
        long later = 100 * SECOND;
        for (int i = 0; i < 3; i++) {
            assertThat(buckets.take("p1", later)).isZero();
        }
        assertThat(buckets.take("p1", later)).as("a long pause refills only up to the burst").isPositive();
    }

    @Test
    void keepsOneBucketPerPartner() {
        TokenBuckets buckets = new TokenBuckets(1, 1);
        assertThat(buckets.take("p1", 0)).isZero();
        assertThat(buckets.take("p1", 0)).isPositive();
        assertThat(buckets.take("p2", 0)).isZero();
    }
}
