package cn.zgc.residence.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void opensAfterTheThresholdOfConsecutiveFailures() {
        CircuitBreaker breaker = new CircuitBreaker("fees", 3, 10 * SECOND);
        breaker.onFailure(0);
        breaker.onFailure(0);
        assertThat(breaker.allowRequest(0)).isTrue();
        breaker.onFailure(0);
        assertThat(breaker.allowRequest(SECOND)).isFalse();
        assertThat(breaker.state(SECOND)).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(breaker.retryAfterSeconds(SECOND)).isEqualTo(9);
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        CircuitBreaker breaker = new CircuitBreaker("fees", 2, SECOND);
        breaker.onFailure(0);
        breaker.onSuccess();
        breaker.onFailure(0);
        assertThat(breaker.allowRequest(0)).isTrue();
    }

    @Test
    void letsOneTrialThroughAfterTheOpenPeriodAndClosesOnItsSuccess() {
        CircuitBreaker breaker = new CircuitBreaker("fees", 1, SECOND);
        AtomicInteger closed = new AtomicInteger();
        breaker.onClose(closed::incrementAndGet);
        breaker.onFailure(0);
        assertThat(breaker.allowRequest(2 * SECOND)).as("the trial").isTrue();
        assertThat(breaker.allowRequest(2 * SECOND)).as("only one trial at a time").isFalse();
        breaker.onSuccess();
        assertThat(breaker.state(2 * SECOND)).isEqualTo(CircuitBreaker.State.CLOSED);
        assertThat(breaker.allowRequest(2 * SECOND)).isTrue();
        assertThat(closed).hasValue(1);
    }

    @Test
    void aFailedTrialOpensTheCircuitForAnotherPeriod() {
        CircuitBreaker breaker = new CircuitBreaker("fees", 1, SECOND);
        breaker.onFailure(0);
        assertThat(breaker.allowRequest(2 * SECOND)).isTrue();
        breaker.onFailure(2 * SECOND);
        assertThat(breaker.allowRequest(2 * SECOND + SECOND / 2)).isFalse();
        assertThat(breaker.allowRequest(3 * SECOND + 1)).isTrue();
    }
}
