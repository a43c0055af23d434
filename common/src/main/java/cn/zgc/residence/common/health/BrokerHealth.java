package cn.zgc.residence.common.health;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.health.api.HealthGroup;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Whether the broker answers, at /q/health/group/broker on the management interface: visible, but not part of
 * readiness (a service serves its API while Kafka is away, the outbox keeps the events) nor of liveness. Answers
 * within about two seconds whatever the broker does.
 */
@HealthGroup("broker")
@ApplicationScoped
public class BrokerHealth implements HealthCheck {

    private static final int TIMEOUT_MILLIS = 2000;

    private final Map<String, Object> kafkaConfig;
    private Admin admin;

    /**
     * {@code kafkaConfig}: every {@code kafka.*} setting (and {@code KAFKA_*} variable) the channels share, so that the
     * check connects as they do: the bootstrap servers, and in the cluster TLS and the service's SCRAM user.
     */
    public BrokerHealth(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig) {
        this.kafkaConfig = Map.copyOf(kafkaConfig);
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int nodes = admin().describeCluster(new DescribeClusterOptions().timeoutMs(TIMEOUT_MILLIS))
                    .nodes().get(TIMEOUT_MILLIS + 500L, TimeUnit.MILLISECONDS).size();
            return HealthCheckResponse.named("kafka-broker").up().withData("nodes", nodes).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named("kafka-broker").down().build();
        } catch (Exception e) {
            return HealthCheckResponse.named("kafka-broker").down()
                    .withData("error", e.getClass().getSimpleName()).build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = new Properties();
            kafkaConfig.forEach((name, value) -> {
                if (AdminClientConfig.configNames().contains(name)) {
                    props.put(name, value);
                }
            });
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS);
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, TIMEOUT_MILLIS);
            props.put(AdminClientConfig.CLIENT_ID_CONFIG, "broker-health");
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    public synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(1));
        }
    }
}
