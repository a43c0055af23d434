package cn.zgc.residence.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Evaluates the policies of the network-policies component the way the cluster does (a connection passes when a
 * policy selecting the pod allows it, and nothing passes once any policy of that direction selects the pod) for the
 * pods that matter, and compares who may talk to whom with the intended graph.
 */
class NetworkPolicyTest {

    private static final String NAMESPACE = "zgc-residence";

    /** A pod somewhere in the cluster, by namespace and labels. */
    record Pod(String id, String namespace, Map<String, String> labels) {
    }

    /** A pod, a port and its protocol. */
    record Endpoint(Pod pod, int port, String protocol) {
    }

    private static final Map<String, Pod> PODS = new LinkedHashMap<>();

    static {
        Manifests.APPLICATIONS.forEach(a -> add(new Pod(a, NAMESPACE,
                Map.of("app.kubernetes.io/name", a, "app.kubernetes.io/part-of", "zgc-residence"))));
        add(new Pod("postgres", NAMESPACE, Map.of("cnpg.io/cluster", "zgc-pg", "cnpg.io/instanceRole", "primary")));
        add(new Pod("kafka", NAMESPACE, Map.of("strimzi.io/cluster", "zgc-kafka", "strimzi.io/kind", "Kafka")));
        add(new Pod("dns", "kube-system", Map.of("k8s-app", "kube-dns")));
        add(new Pod("ingress-controller", "ingress-nginx", Map.of("app.kubernetes.io/name", "ingress-nginx")));
        add(new Pod("cnpg-operator", "cnpg-system", Map.of("app.kubernetes.io/name", "cloudnative-pg")));
        add(new Pod("gateway-proxy", "gateway-system", Map.of("app.kubernetes.io/name", "envoy")));
        add(new Pod("prometheus", "monitoring", Map.of("app.kubernetes.io/name", "prometheus")));
        add(new Pod("otel-collector", "observability", Map.of("app.kubernetes.io/name", "opentelemetry-collector")));
        add(new Pod("other-team", "team-x", Map.of("app", "anything")));
        add(new Pod("stranger", NAMESPACE, Map.of("app", "debug-shell")));
    }

    private static void add(Pod pod) {
        PODS.put(pod.id(), pod);
    }

    private static final List<NetworkPolicy> POLICIES = Manifests.resources("NetworkPolicy")
            .filter(d -> d.relative().startsWith("components/network-policies"))
            .map(d -> d.as(NetworkPolicy.class))
            .toList();

    static Stream<String> applications() {
        return Manifests.APPLICATIONS.stream();
    }

    private static Endpoint endpoint(String pod, int port) {
        return new Endpoint(PODS.get(pod), port, port == 53 ? "UDP" : "TCP");
    }

    /** Which of the known pods may open a connection to the endpoint. */
    private static Set<String> callersOf(Endpoint target) {
        return PODS.values().stream().filter(source -> !source.equals(target.pod()))
                .filter(source -> ingressAllowed(source, target) && egressAllowed(source, target))
                .map(Pod::id).collect(Collectors.toSet());
    }

    /** Which endpoints, among the ones worth trying, the pod may open a connection to. */
    private static Set<String> reachableFrom(String source) {
        Pod from = PODS.get(source);
        Stream<Endpoint> candidates = Stream.concat(
                Stream.of(endpoint("postgres", 5432), endpoint("kafka", 9093), endpoint("dns", 53),
                        endpoint("ingress-controller", 443), endpoint("cnpg-operator", 443),
                        endpoint("otel-collector", 4317)),
                Manifests.APPLICATIONS.stream().map(a -> endpoint(a, 8080)));
        return candidates.filter(to -> !to.pod().equals(from))
                .filter(to -> egressAllowed(from, to))
                .map(to -> to.pod().id()).collect(Collectors.toSet());
    }

    private static boolean ingressAllowed(Pod source, Endpoint target) {
        if (!target.pod().namespace().equals(NAMESPACE)) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(target.pod(), "Ingress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getIngress().stream())
                .anyMatch(rule -> peersMatch(rule.getFrom(), source) && portsMatch(rule.getPorts(), target));
    }

    private static boolean egressAllowed(Pod source, Endpoint target) {
        if (!source.namespace().equals(NAMESPACE)) {
            return true;
        }
        List<NetworkPolicy> selecting = selecting(source, "Egress");
        return selecting.isEmpty() || selecting.stream().flatMap(p -> p.getSpec().getEgress().stream())
                .anyMatch(rule -> peersMatch(rule.getTo(), target.pod()) && portsMatch(rule.getPorts(), target));
    }

    private static List<NetworkPolicy> selecting(Pod pod, String direction) {
        return POLICIES.stream().filter(p -> p.getSpec().getPolicyTypes().contains(direction))
                .filter(p -> matches(p.getSpec().getPodSelector(), pod.labels())).toList();
    }

    private static boolean peersMatch(List<NetworkPolicyPeer> peers, Pod pod) {
        return peers == null || peers.isEmpty() || peers.stream().anyMatch(peer -> {
            if (peer.getIpBlock() != null) {
                // addresses outside the cluster: the pods here are inside it, in ranges every ipBlock excepts
                // (theOnlyWayOutIsHttpsToPublicAddressesForWebhooks checks that)
                return false;
            }
            boolean namespaceOk = peer.getNamespaceSelector() == null ? pod.namespace().equals(NAMESPACE)
                    : matches(peer.getNamespaceSelector(), Map.of("kubernetes.io/metadata.name", pod.namespace()));
            boolean podOk = peer.getPodSelector() == null || matches(peer.getPodSelector(), pod.labels());
            return namespaceOk && podOk;
        });
    }

    private static boolean portsMatch(List<NetworkPolicyPort> ports, Endpoint target) {
        return ports == null || ports.isEmpty() || ports.stream().anyMatch(p ->
                (p.getPort() == null || Integer.valueOf(target.port()).equals(p.getPort().getValue()))
                        && (p.getProtocol() == null ? "TCP" : p.getProtocol()).equals(target.protocol()));
    }

    private static boolean matches(LabelSelector selector, Map<String, String> labels) {
        if (selector == null) {
            return true;
        }
        boolean labelsOk = selector.getMatchLabels() == null
                || labels.entrySet().containsAll(selector.getMatchLabels().entrySet());
        return labelsOk && (selector.getMatchExpressions() == null
                || selector.getMatchExpressions().stream().allMatch(expressionMatches(labels)));
    }

    private static Predicate<LabelSelectorRequirement> expressionMatches(Map<String, String> labels) {
        return e -> switch (e.getOperator()) {
            case "In" -> e.getValues().contains(labels.get(e.getKey()));
            case "NotIn" -> !e.getValues().contains(labels.get(e.getKey()));
            case "Exists" -> labels.containsKey(e.getKey());
            case "DoesNotExist" -> !labels.containsKey(e.getKey());
            default -> throw new AssertionError("unknown operator " + e.getOperator());
        };
    }

    @Test
    void deniesByDefault() {
        assertThat(POLICIES).anySatisfy(p -> {
            assertThat(p.getSpec().getPodSelector().getMatchLabels()).isNullOrEmpty();
            assertThat(p.getSpec().getPodSelector().getMatchExpressions()).isNullOrEmpty();
            assertThat(p.getSpec().getPolicyTypes()).containsExactly("Ingress");
            assertThat(p.getSpec().getIngress()).isNullOrEmpty();
        });
        assertThat(callersOf(endpoint("stranger", 8080))).isEmpty();
        applications().forEach(a -> assertThat(reachableFrom(a)).as(a).doesNotContain("ingress-controller", "cnpg-operator"));
    }

    @Test
    void onlyTheGatewayIsReachableFromOutsideAndOnlyFromTheIngressOrGatewayNamespace() {
        // and from the web pages, which call the API through it
        assertThat(callersOf(endpoint("gateway", 8080))).containsExactlyInAnyOrder("ingress-controller", "gateway-proxy",
                "web");
        applications().filter(a -> !a.equals("gateway"))
                .forEach(a -> assertThat(callersOf(endpoint(a, 8080))).as(a).doesNotContain("ingress-controller"));
    }

    @Test
    void eachServiceAcceptsOnlyTheGatewayAndItsCallers() {
        assertThat(callersOf(endpoint("eligibility-service", 8080))).containsExactly("gateway");
        assertThat(callersOf(endpoint("documents-service", 8080))).containsExactlyInAnyOrder("gateway", "offices-service");
        assertThat(callersOf(endpoint("offices-service", 8080))).containsExactlyInAnyOrder("gateway", "documents-service");
        applications().filter(a -> !Set.of("gateway", "documents-service", "offices-service").contains(a))
                .forEach(a -> assertThat(callersOf(endpoint(a, 8080))).as(a).containsExactly("gateway"));
    }

    @Test
    void theManagementInterfaceIsReachableByNoPodOfTheseDefaults() {
        // health is probed by the kubelet (not subject to network policies); metrics are scraped by Prometheus, which
        // the service-monitor component lets in on this port only
        applications().forEach(a -> assertThat(callersOf(endpoint(a, 9000))).as(a).isEmpty());
        var scrape = Manifests.find("NetworkPolicy", "allow-prometheus-scrape").orElseThrow().as(NetworkPolicy.class);
        assertThat(scrape.getSpec().getIngress()).singleElement().satisfies(rule -> {
            assertThat(rule.getPorts()).extracting(p -> p.getPort().getValue()).containsExactly(9000);
            assertThat(rule.getFrom()).singleElement().satisfies(peer -> assertThat(peer.getNamespaceSelector()
                    .getMatchLabels()).containsEntry("kubernetes.io/metadata.name", "monitoring"));
        });
    }

    @Test
    void theGatewaySendsOnlyToTheServicesDnsAndTheTraceCollector() {
        assertThat(reachableFrom("gateway")).containsExactlyInAnyOrderElementsOf(Stream.concat(
                applications().filter(a -> !a.equals("gateway")), Stream.of("dns", "otel-collector")).toList());
    }

    @Test
    void theOnlyWayOutIsHttpsToPublicAddressesForWebhooks() {
        List<String> internal4 = List.of("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16",
                "172.16.0.0/12", "192.168.0.0/16");
        List<String> internal6 = List.of("::1/128", "fc00::/7", "fe80::/10");
        List<String> withIpBlocks = new ArrayList<>();
        // every policy of the tree, the overlays' too (prod's object store of documents-service)
        for (NetworkPolicy policy : Manifests.resources("NetworkPolicy").map(d -> d.as(NetworkPolicy.class)).toList()) {
            if (policy.getSpec().getEgress() == null) {
                continue;
            }
            policy.getSpec().getEgress().forEach(rule -> {
                if (rule.getTo() == null || rule.getTo().stream().noneMatch(p -> p.getIpBlock() != null)) {
                    return;
                }
                withIpBlocks.add(policy.getMetadata().getName());
                assertThat(rule.getPorts()).as("webhooks: HTTPS only").singleElement().satisfies(port -> {
                    assertThat(port.getPort().getIntVal()).isEqualTo(443);
                    assertThat(port.getProtocol()).isEqualTo("TCP");
                });
                rule.getTo().forEach(peer -> {
                    assertThat(peer.getPodSelector()).isNull();
                    assertThat(peer.getNamespaceSelector()).isNull();
                    var block = peer.getIpBlock();
                    if (block.getCidr().contains(":")) {
                        assertThat(block.getCidr()).isEqualTo("::/0");
                        assertThat(block.getExcept()).containsAll(internal6);
                    } else {
                        assertThat(block.getCidr()).isEqualTo("0.0.0.0/0");
                        assertThat(block.getExcept()).containsAll(internal4);
                    }
                });
            });
        }
        // webhooks to partners' endpoints, files in the object store (prod), and the web pages' sign-in at the
        // organisation's OpenID Connect provider
        assertThat(withIpBlocks).containsExactlyInAnyOrder("notifications-service", "documents-service-object-store",
                "web");
        assertThat(Manifests.find("NetworkPolicy", "documents-service-object-store").orElseThrow().relative().toString())
                .as("only prod keeps the files in object storage").startsWith("overlays/prod");
    }

    @Test
    void theWebPagesAreReachedThroughTheGatewayAndCallOnlyTheGatewayDnsAndTheTraceCollector() {
        assertThat(callersOf(endpoint("web", 8080))).containsExactly("gateway");
        assertThat(reachableFrom("web")).containsExactlyInAnyOrder("gateway", "dns", "otel-collector");
    }

    @ParameterizedTest
    @MethodSource("cn.zgc.residence.deploy.NetworkPolicyTest#servicesWithData")
    void eachServiceSendsOnlyToItsDatabaseKafkaDnsTheTraceCollectorAndWhatItCalls(String service) {
        Set<String> expected = switch (service) {
            case "documents-service" -> Set.of("postgres", "kafka", "dns", "otel-collector", "offices-service");
            case "offices-service" -> Set.of("postgres", "kafka", "dns", "otel-collector", "documents-service");
            default -> Set.of("postgres", "kafka", "dns", "otel-collector");
        };
        assertThat(reachableFrom(service)).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<String> servicesWithData() {
        return Manifests.SERVICES_WITH_DATA.stream();
    }

    @Test
    void postgresAcceptsOnlyTheServicesWithDataAndTheOperator() {
        Set<String> callers = callersOf(endpoint("postgres", 5432));
        assertThat(callers).containsExactlyInAnyOrderElementsOf(
                Stream.concat(Manifests.SERVICES_WITH_DATA.stream(), Stream.of("cnpg-operator")).toList());
        assertThat(callersOf(endpoint("postgres", 8000))).containsExactly("cnpg-operator");
    }

    @Test
    void kafkaListenerAdmitsOnlyTheServices() {
        var peers = KafkaUserTest.listener(Manifests.find("Kafka", "zgc-kafka").orElseThrow(), "tls")
                .path("networkPolicyPeers");
        List<String> names = new ArrayList<>();
        peers.findValues("values").forEach(values -> values.forEach(v -> names.add(v.asText())));
        assertThat(names).containsExactlyInAnyOrderElementsOf(Manifests.SERVICES_WITH_DATA);
    }
}
