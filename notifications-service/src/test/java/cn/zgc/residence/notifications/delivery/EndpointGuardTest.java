package cn.zgc.residence.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zgc.residence.notifications.domain.Cidr;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Names resolve through a table here: no test looks anything up or connects anywhere. */
class EndpointGuardTest {

    private final AtomicReference<Map<String, String>> dns = new AtomicReference<>(Map.of(
            "hooks.partner.example", "203.0.114.7",
            "rebind.partner.example", "127.0.0.1",
            "metadata.partner.example", "169.254.169.254",
            "dual.partner.example", "8.8.4.4,10.1.2.3"));

    private EndpointGuard guard(boolean plainHttp, String... allowed) {
        return new EndpointGuard(plainHttp, List.of(allowed).stream().map(Cidr::parse).toList(), host -> {
            String answer = dns.get().get(host);
            if (answer == null) {
                if (host.matches("[0-9a-fA-F:.]+")) {
                    return new InetAddress[] {InetAddress.getByName(host)};
                }
                throw new UnknownHostException(host);
            }
            String[] parts = answer.split(",");
            InetAddress[] addresses = new InetAddress[parts.length];
            for (int i = 0; i < parts.length; i++) {
                addresses[i] = InetAddress.getByName(parts[i]);
            }
            return addresses;
        });
    }

    @Test
    void resolvesOnceAndKeepsTheCheckedAddressTheHostAndThePath() throws Exception {
        ResolvedEndpoint endpoint = guard(false).check("https://hooks.partner.example/zgc/in?x=1");
        assertThat(endpoint.address().getHostAddress()).isEqualTo("203.0.114.7");
        assertThat(endpoint.host()).isEqualTo("hooks.partner.example");
        assertThat(endpoint.port()).isEqualTo(443);
        assertThat(endpoint.tls()).isTrue();
        assertThat(endpoint.pathAndQuery()).isEqualTo("/zgc/in?x=1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://10.0.0.1/hook", "https://169.254.169.254/latest/meta-data/", "https://[::1]/hook",
            "https://rebind.partner.example/hook", "https://metadata.partner.example/hook",
            "https://dual.partner.example/hook", "https://[::ffff:169.254.169.254]/hook", "https://0.0.0.0/"})
    void refusesInternalTargetsBeforeAnyConnection(String url) {
        assertThatThrownBy(() -> guard(false).check(url)).isInstanceOf(EndpointRefusedException.class)
                .hasMessageContaining("refused address")
                .matches(e -> !((EndpointRefusedException) e).malformed());
    }

    @Test
    void aNameThatLaterResolvesElsewhereIsCheckedAgainEachTime() throws Exception {
        EndpointGuard guard = guard(false);
        assertThat(guard.check("https://hooks.partner.example/h").address().getHostAddress()).isEqualTo("203.0.114.7");
        dns.set(Map.of("hooks.partner.example", "127.0.0.1"));
        assertThatThrownBy(() -> guard.check("https://hooks.partner.example/h"))
                .hasMessageContaining("127.0.0.1 is a loopback address");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://hooks.partner.example/h", "ftp://hooks.partner.example/h",
            "https://user:pw@hooks.partner.example/h", "https:///nohost", "not a url",
            "https://hooks.partner.example/h#frag", "hooks.partner.example/h"})
    void refusesUrlsOfTheWrongForm(String url) {
        assertThatThrownBy(() -> guard(false).check(url)).isInstanceOf(EndpointRefusedException.class)
                .matches(e -> ((EndpointRefusedException) e).malformed());
    }

    @Test
    void plainHttpAndLoopbackOnlyWhereConfigurationAllows() throws Exception {
        EndpointGuard localRun = guard(true, "127.0.0.1/32");
        assertThat(localRun.check("http://127.0.0.1:9/h").port()).isEqualTo(9);
        assertThat(localRun.check("http://rebind.partner.example/h").address().getHostAddress()).isEqualTo("127.0.0.1");
        assertThatThrownBy(() -> localRun.check("http://[::1]:9/h")).hasMessageContaining("loopback");
        assertThatThrownBy(() -> localRun.check("http://10.0.0.1/h")).hasMessageContaining("private");
    }

    @Test
    void aNameThatDoesNotResolveIsRefused() {
        assertThatThrownBy(() -> guard(false).check("https://nowhere.partner.example/h"))
                .hasMessageContaining("does not resolve");
    }
}
