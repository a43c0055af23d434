package cn.zgc.residence.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.gateway.routing.CircuitBreaker.Permit;
import cn.zgc.residence.gateway.routing.CircuitBreaker.State;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The circuit's rules, each request's permit ending in exactly one verdict (the first one given). */
class CircuitBreakerTest {

    private static final long SECOND = 1_000_000_000L;

    private static void fail(CircuitBreaker breaker, int times, long now) {
        for (int i = 0; i < times; i++) {
            breaker.tryAcquire(now).failure(now);
        }
    }

    @Test
    void opensAfterTheThresholdOfConsecutiveFailures() {
        CircuitBreaker breaker = new CircuitBreaker("fees", 3, 10 * SECOND);
        fail(breaker, 2, 0);
        assertThat(breaker.tryAcquire(0)).isNotNull();
        fail(breaker, 1, 0);
        assertThat(breaker.tryAcquire(SECOND)).isNull();
        assertThat(breaker.state(SECOND)).isEqualTo(State.OPEN);
        assertThat(breaker.retryAfterSeconds(SECOND)).isEqualTo(9);
    }

    @Test
    void aSuccessInBetweenStartsTheCountAgain() {
        CircuitBreaker breaker = new CircuitBreaker("fees", 2, SECOND);
        fail(breaker, 1, 0);
        breaker.tryAcquire(0).success();
        fail(breaker, 1, 0);
        assertThat(breaker.state(0)).isEqualTo(State.CLOSED);
    }

    @Test
    void requestsThatSayNothingAboutTheBackendAreNotCounted() {
        CircuitBreaker breaker = new CircuitBreaker("fees", 2, SECOND);
        fail(breaker, 1, 0);
        breaker.tryAcquire(0).notCounted();
        assertThat(breaker.state(0)).as("not a success: the count goes on").isEqualTo(State.CLOSED);
        fail(breaker, 1, 0);
        assertThat(breaker.state(0)).isEqualTo(State.OPEN);
    }

    @Test
    void letsOneTrialThroughAfterTheOpenPeriodAndClosesOnItsSuccess() {
        CircuitBreaker breaker = new CircuitBreaker("fees", 1, SECOND);
        AtomicInteger closed = new AtomicInteger();
        breaker.onClose(closed::incrementAndGet);
        fail(breaker, 1, 0);
        Permit trial = breaker.tryAcquire(2 * SECOND);
        assertThat(trial).as("the trial").isNotNull();
        assertThat(trial.trial()).isTrue();
        assertThat(breaker.tryAcquire(2 * SECOND)).as("only one trial at a time").isNull();
        trial.success();
        assertThat(breaker.state(2 * SECOND)).isEqualTo(State.CLOSED);
        assertThat(breaker.tryAcquire(2 * SECOND)).isNotNull();
        assertThat(closed).hasValue(1);
    }

    @Test
    void aFailedTrialOpensTheCircuitForAnotherPeriod() {
        CircuitBreaker breaker = new CircuitBreaker("fees", 1, SECOND);
        fail(breaker, 1, 0);
        breaker.tryAcquire(2 * SECOND).failure(2 * SECOND);
        assertThat(breaker.tryAcquire(2 * SECOND + SECOND / 2)).isNull();
        assertThat(breaker.tryAcquire(3 * SECOND + 1)).isNotNull();
    }

    @Test
    void anAbandonedTrialFreesTheSlotForTheNextRequest() {
        CircuitBreaker breaker = new CircuitBreaker("fees", 1, SECOND);
        fail(breaker, 1, 0);
        Permit abandoned = breaker.tryAcquire(2 * SECOND);
        abandoned.notCounted(); // the client went away, or its chunked body passed the limit
        assertThat(breaker.state(2 * SECOND)).as("nothing learnt: still half open").isEqualTo(State.HALF_OPEN);
        Permit next = breaker.tryAcquire(2 * SECOND);
        assertThat(next).as("the next request is the new trial, not refused for good").isNotNull();
        assertThat(next.trial()).isTrue();
        next.success();
        assertThat(breaker.state(2 * SECOND)).isEqualTo(State.CLOSED);
    }

    @Test
    void onlyTheFirstVerdictOfARequestCounts() {
        CircuitBreaker breaker = new CircuitBreaker("fees", 1, SECOND);
        Permit slow = breaker.tryAcquire(0);
        assertThat(slow.failure(0)).as("the slow-call limit passed").isTrue();
        assertThat(breaker.state(0)).isEqualTo(State.OPEN);
        assertThat(slow.success()).as("its late answer is not a second verdict").isFalse();
        assertThat(slow.notCounted()).isFalse();
        assertThat(breaker.state(0)).isEqualTo(State.OPEN);
    }

    @Test
    void aLateAnswerOfARequestLetThroughBeforeTheCircuitOpenedNeitherClosesNorReopensIt() {
        CircuitBreaker breaker = new CircuitBreaker("fees", 1, SECOND);
        Permit early = breaker.tryAcquire(0);
        Permit earlyToo = breaker.tryAcquire(0);
        fail(breaker, 1, 0);
        early.success();
        assertThat(breaker.state(SECOND / 2)).isEqualTo(State.OPEN);
        Permit trial = breaker.tryAcquire(2 * SECOND);
        earlyToo.failure(2 * SECOND);
        assertThat(breaker.tryAcquire(2 * SECOND)).as("the trial is still the one in flight").isNull();
        trial.success();
        assertThat(breaker.state(2 * SECOND)).isEqualTo(State.CLOSED);
    }
}
