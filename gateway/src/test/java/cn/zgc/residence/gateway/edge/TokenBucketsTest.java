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

    @Test
    void keepsAtMostMaxKeysBucketsDroppingThoseThatFilledUpAgainFirst() {
        TokenBuckets buckets = new TokenBuckets(1, 2, 2);
        buckets.take("a", 0);
        buckets.take("a", 0);
        buckets.take("b", 10 * SECOND);
        assertThat(buckets.size()).isEqualTo(2);
        // at 10 s "a" has filled up again and goes; "b" spent a token just now and stays, still counted
        assertThat(buckets.take("c", 10 * SECOND)).isZero();
        assertThat(buckets.size()).isEqualTo(2);
        buckets.take("b", 10 * SECOND);
        assertThat(buckets.take("b", 10 * SECOND)).as("b's bucket was kept").isPositive();
        // every bucket spent: none may go, so all are dropped rather than growing past the bound
        buckets.take("c", 10 * SECOND);
        assertThat(buckets.take("d", 10 * SECOND)).isZero();
        assertThat(buckets.size()).isEqualTo(1);
    }
}
