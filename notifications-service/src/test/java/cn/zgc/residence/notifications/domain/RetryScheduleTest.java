package cn.zgc.residence.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryScheduleTest {

    private static final RetrySchedule PUBLISHED = new RetrySchedule(List.of(Duration.ZERO, Duration.ofSeconds(5),
            Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2), Duration.ofHours(5),
            Duration.ofHours(10), Duration.ofHours(10)), 0.2);

    @ParameterizedTest(name = "attempt {0} waits {1} with the draw {2}")
    @CsvSource(textBlock = """
            1, PT0S,    0.99
            2, PT4S,    0.0
            2, PT5S,    0.5
            2, PT6S,    1.0
            3, PT4M,    0.0
            5, PT2H,    0.5
            8, PT12H,   1.0
            """)
    void spreadsEachDelayByTheJitter(int attempt, Duration expected, double draw) {
        assertThat(PUBLISHED.delayBefore(attempt, () -> draw)).contains(expected);
    }

    @Test
    void hasNoAttemptAfterTheLast() {
        assertThat(PUBLISHED.attempts()).isEqualTo(8);
        assertThat(PUBLISHED.delayBefore(9, () -> 0.5)).isEmpty();
        assertThat(PUBLISHED.delayBefore(0, () -> 0.5)).isEmpty();
    }

    @Test
    void theWholeScheduleSpansAboutADay() {
        Duration total = PUBLISHED.delays().stream().reduce(Duration.ZERO, Duration::plus);
        assertThat(total).isEqualTo(Duration.ofHours(27).plusMinutes(35).plusSeconds(5));
    }
}
