package cn.zgc.residence.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import org.junit.jupiter.api.Test;

/** The check itself: a misspelt field anywhere in a built-in kind is found, a correct document passes. */
class UnknownFieldsTest {

    private final KubernetesSerialization model = new KubernetesSerialization();

    private KubernetesResource read(String yaml) throws Exception {
        return model.convertValue(new YAMLMapper().readTree(yaml), KubernetesResource.class);
    }

    @Test
    void findsAMisspeltFieldDeepInsideAPodTemplate() throws Exception {
        KubernetesResource d = read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  replica: 2
                  template:
                    spec:
                      containers:
                        - name: x
                          image: x:1
                          securityContext: {readOnlyRootFileSystem: true}
                """);
        assertThat(d).isInstanceOf(Deployment.class);
        assertThat(UnknownFields.in(d)).containsExactlyInAnyOrder(
                ".spec.replica", ".spec.template.spec.containers[0].securityContext.readOnlyRootFileSystem");
    }

    @Test
    void acceptsAWellFormedDeployment() throws Exception {
        KubernetesResource d = read("""
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x, labels: {a: b}}
                spec:
                  replicas: 2
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      containers:
                        - name: x
                          image: x:1
                          ports: [{name: http, containerPort: 8080}]
                          resources: {limits: {memory: 512Mi}}
                          readinessProbe: {httpGet: {path: /q/health/ready, port: http}}
                """);
        assertThat(UnknownFields.in(d)).isEmpty();
    }

    @Test
    void readsGatewayApiRoutesAsTypedAndOperatorKindsAsGeneric() throws Exception {
        assertThat(read("""
                apiVersion: gateway.networking.k8s.io/v1
                kind: HTTPRoute
                metadata: {name: r}
                spec: {hostnames: [a.example]}
                """)).isInstanceOf(HTTPRoute.class);
        assertThat(read("""
                apiVersion: kafka.strimzi.io/v1
                kind: KafkaTopic
                metadata: {name: t}
                spec: {partitions: 6}
                """)).isInstanceOf(GenericKubernetesResource.class);
    }

    @Test
    void aMisspeltKindIsNotMistakenForABuiltInOne() throws Exception {
        assertThat(read("""
                apiVersion: apps/v1
                kind: Deploymnet
                metadata: {name: x}
                """)).isInstanceOf(GenericKubernetesResource.class);
    }
}
