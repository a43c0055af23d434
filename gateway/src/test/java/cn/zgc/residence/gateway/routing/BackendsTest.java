package cn.zgc.residence.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zgc.residence.gateway.routing.Backends.Backend;
import cn.zgc.residence.gateway.routing.Backends.Choice;
import cn.zgc.residence.gateway.routing.Backends.Instance;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A backend's url as a list of instances, and the choice of an instance for each request. */
class BackendsTest {

    private static final long SECOND = 1_000_000_000L;

    private static Backend backend(int instances) {
        List<Instance> list = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            list.add(new Instance("eligibility", "10.0.0." + (i + 1), 8081, false,
                    new CircuitBreaker("eligibility", 2, 10 * SECOND)));
        }
        return new Backend("eligibility", list, Duration.ofSeconds(2));
    }

    private static void open(Instance instance, long now) {
        for (int i = 0; i < 2; i++) {
            instance.breaker().tryAcquire(now).failure(now);
        }
    }

    @Test
    void aUrlMayListSeveralInstancesSeparatedByCommas() {
        assertThat(Backends.urls("http://127.0.0.1:8081")).containsExactly(URI.create("http://127.0.0.1:8081"));
        assertThat(Backends.urls(" http://127.0.0.1:8081 , http://127.0.0.1:8091,"))
                .containsExactly(URI.create("http://127.0.0.1:8081"), URI.create("http://127.0.0.1:8091"));
    }

    @Test
    void aUrlWithoutInstanceOrHostIsRefusedAtStart() {
        assertThatThrownBy(() -> Backends.urls(" , ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no instance");
        assertThatThrownBy(() -> Backends.urls("http://127.0.0.1:8081,127.0.0.1:8091"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scheme and a host");
    }

    @Test
    void requestsTakeTheInstancesInTurn() {
        Backend backend = backend(3);
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Choice choice = backend.choose(0);
            choice.permit().success();
            hosts.add(choice.instance().host());
        }
        assertThat(hosts).containsExactly("10.0.0.1", "10.0.0.2", "10.0.0.3", "10.0.0.1", "10.0.0.2", "10.0.0.3");
    }

    @Test
    void anInstanceWhoseCircuitIsOpenIsPassedOverUntilItsTrial() {
        Backend backend = backend(2);
        Instance first = backend.instances().get(0);
        open(first, 0);
        for (int i = 0; i < 4; i++) {
            assertThat(backend.choose(SECOND).instance().host()).isEqualTo("10.0.0.2");
        }
        // after the open period the first instance gets its one trial when its turn comes
        List<Choice> later = List.of(backend.choose(11 * SECOND), backend.choose(11 * SECOND));
        assertThat(later).extracting(choice -> choice.instance().host()).containsExactlyInAnyOrder("10.0.0.1", "10.0.0.2");
        assertThat(later).filteredOn(choice -> choice.instance() == first).singleElement()
                .satisfies(choice -> assertThat(choice.permit().trial()).isTrue());
    }

    @Test
    void everyCircuitOpenRefusesWithTheSoonestRetry() {
        Backend backend = backend(2);
        open(backend.instances().get(0), 0);
        open(backend.instances().get(1), 4 * SECOND);
        assertThat(backend.choose(5 * SECOND)).isNull();
        assertThat(backend.retryAfterSeconds(5 * SECOND)).isEqualTo(5);
    }

    @Test
    void aFailedConnectionGoesToTheNextInstanceNeverBackToTheSameOne() {
        Backend backend = backend(3);
        Instance second = backend.instances().get(1);
        assertThat(backend.chooseAfter(second, 0).instance().host()).isEqualTo("10.0.0.3");
        open(backend.instances().get(2), 0);
        assertThat(backend.chooseAfter(second, SECOND).instance().host()).isEqualTo("10.0.0.1");
        open(backend.instances().get(0), 0);
        assertThat(backend.chooseAfter(second, SECOND)).isNull();
        Backend lone = backend(1);
        assertThat(lone.chooseAfter(lone.instances().get(0), 0)).isNull();
    }
}
