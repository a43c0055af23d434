package cn.zgc.residence.testsupport;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives a service under test a fresh database (named by the {@code database} argument), the Kafka broker and the
 * test token key. Declared once per module, for example
 * {@code @WithTestResource(value = ServiceTestResource.class, initArgs = @ResourceArg(name = "database", value = "fees_test"))}.
 */
public class ServiceTestResource implements QuarkusTestResourceLifecycleManager {

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.get("database");
    }

    @Override
    public Map<String, String> start() {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        Map<String, String> config = new HashMap<>();
        if (database != null) {
            config.put("quarkus.datasource.jdbc.url", infrastructure.freshDatabase(database));
            config.put("quarkus.datasource.username", infrastructure.username());
            config.put("quarkus.datasource.password", infrastructure.password());
        }
        config.put("kafka.bootstrap.servers", infrastructure.kafkaBootstrapServers());
        config.put("mp.jwt.verify.publickey.location", TestKeys.publicKeyFile());
        config.put("mp.jwt.verify.issuer", Tokens.ISSUER);
        config.put("mp.jwt.verify.audiences", Tokens.AUDIENCE);
        return config;
    }

    @Override
    public void stop() {
        // the broker lives as long as the JVM: several Quarkus applications of one module share it
    }
}
