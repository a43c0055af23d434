package cn.zgc.residence.notifications.rest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.common.health.BrokerHealth;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

/**
 * The broker check connects with the Kafka settings the channels share (in the cluster: TLS and the service's SCRAM
 * user), not with the bootstrap address alone: against the test broker, which speaks plain, it is UP with the plain
 * settings and DOWN when told to authenticate.
 */
@QuarkusTest
class BrokerCheckTest {

    @Test
    void theCheckUsesTheSharedKafkaSettings() {
        String bootstrap = ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class);
        BrokerHealth plain = new BrokerHealth(Map.of("bootstrap.servers", bootstrap));
        BrokerHealth scram = new BrokerHealth(Map.of("bootstrap.servers", bootstrap,
                "security.protocol", "SASL_PLAINTEXT", "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required"
                        + " username=\"notifications-service\" password=\"wrong\";",
                // a setting no admin client knows is left out rather than passed on
                "value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer"));
        try {
            assertThat(plain.call().getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
            assertThat(scram.call().getStatus()).isEqualTo(HealthCheckResponse.Status.DOWN);
        } finally {
            plain.close();
            scram.close();
        }
    }
}
