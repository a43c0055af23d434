package cn.zgc.residence.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.logging.Logger;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Where tests get PostgreSQL and Kafka, chosen once per JVM and in this one place: Testcontainers where a Docker
 * engine answers; otherwise the PostgreSQL server at PGHOST/PGPORT and a KRaft broker inside the test JVM.
 * {@code -Dzgc.test.infra=local} or {@code =containers} forces the choice.
 */
public abstract class TestInfrastructure {

    private static final Logger LOG = Logger.getLogger(TestInfrastructure.class.getName());
    private static TestInfrastructure instance;

    public static synchronized TestInfrastructure get() {
        if (instance == null) {
            instance = dockerAnswers() ? new Containers() : new Local();
            LOG.info("test infrastructure: " + instance.describe());
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stop, "test-infrastructure-stop"));
        }
        return instance;
    }

    /** A JDBC URL of a fresh, empty database with this name (and the checkout's suffix, see {@link #databaseName}). */
    public abstract String freshDatabase(String name);

    /**
     * The database name for a test's name: with {@code ZGC_TEST_DB_SUFFIX} set, two checkouts on one machine can run
     * their tests at once without dropping each other's databases.
     */
    public static String databaseName(String name) {
        return name + System.getenv().getOrDefault("ZGC_TEST_DB_SUFFIX", "");
    }

    public abstract String username();

    public abstract String password();

    public abstract String kafkaBootstrapServers();

    abstract String describe();

    abstract void stop();

    private static boolean dockerAnswers() {
        String forced = System.getProperty("zgc.test.infra", System.getenv().getOrDefault("ZGC_TEST_INFRA", ""));
        if (!forced.isBlank()) {
            return forced.equals("containers");
        }
        // Checking for an engine first avoids a slow probe and its error report where none can answer.
        if (System.getenv("DOCKER_HOST") == null && !Files.exists(Path.of("/var/run/docker.sock"))) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static void recreate(String adminUrl, String user, String password, String name) {
        name = databaseName(name);
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        try (Connection connection = DriverManager.getConnection(adminUrl, user, password);
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare test database " + name + " at " + adminUrl
                    + ": " + e.getMessage(), e);
        }
    }

    /** The machine's PostgreSQL server and a broker in this JVM. */
    static final class Local extends TestInfrastructure {
        private final String host = env("PGHOST", "127.0.0.1");
        private final String port = env("PGPORT", "5432");
        private final String user = env("PGUSER", "postgres");
        private final String password = env("PGPASSWORD", "");
        private KafkaClusterTestKit kafka;

        @Override
        public String freshDatabase(String name) {
            recreate("jdbc:postgresql://" + host + ":" + port + "/postgres", user, password, name);
            return "jdbc:postgresql://" + host + ":" + port + "/" + databaseName(name);
        }

        @Override
        public String username() {
            return user;
        }

        @Override
        public String password() {
            return password;
        }

        @Override
        public synchronized String kafkaBootstrapServers() {
            if (kafka == null) {
                kafka = startBroker();
            }
            return kafka.bootstrapServers();
        }

        private static KafkaClusterTestKit startBroker() {
            try {
                KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                        .setCombined(true)
                        .setNumBrokerNodes(1)
                        .setNumControllerNodes(1)
                        .build())
                        .setConfigProp("auto.create.topics.enable", "true")
                        .setConfigProp("num.partitions", "3")
                        .setConfigProp("offsets.topic.replication.factor", "1")
                        .setConfigProp("transaction.state.log.replication.factor", "1")
                        .setConfigProp("transaction.state.log.min.isr", "1")
                        .setConfigProp("group.initial.rebalance.delay.ms", "0")
                        .build();
                cluster.format();
                cluster.startup();
                cluster.waitForReadyBrokers();
                return cluster;
            } catch (Exception e) {
                throw new IllegalStateException("cannot start the in-JVM Kafka broker", e);
            }
        }

        @Override
        String describe() {
            return "local PostgreSQL at " + host + ":" + port + " and an in-JVM KRaft Kafka broker";
        }

        @Override
        void stop() {
            if (kafka != null) {
                // a broker that fails while shutting down must not end the test JVM with its own exit status
                org.apache.kafka.common.utils.Exit.setExitProcedure((status, message) -> LOG.warning(
                        "Kafka broker asked to exit with " + status + " while closing: " + message));
                org.apache.kafka.common.utils.Exit.setHaltProcedure((status, message) -> LOG.warning(
                        "Kafka broker asked to halt with " + status + " while closing: " + message));
                try {
                    kafka.close();
                } catch (Exception e) {
                    LOG.warning("Kafka broker did not close cleanly: " + e.getMessage());
                }
            }
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }

    /** PostgreSQL and Kafka in containers, where a Docker engine answers. */
    static final class Containers extends TestInfrastructure {
        private final PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:16-alpine");
        private final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");

        Containers() {
            postgres.start();
            kafka.start();
        }

        @Override
        public String freshDatabase(String name) {
            recreate(postgres.getJdbcUrl(), postgres.getUsername(), postgres.getPassword(), name);
            return postgres.getJdbcUrl().replaceFirst("/[^/?]+(\\?|$)", "/" + databaseName(name) + "$1");
        }

        @Override
        public String username() {
            return postgres.getUsername();
        }

        @Override
        public String password() {
            return postgres.getPassword();
        }

        @Override
        public String kafkaBootstrapServers() {
            return kafka.getBootstrapServers();
        }

        @Override
        String describe() {
            return "Testcontainers PostgreSQL and Kafka";
        }

        @Override
        void stop() {
            kafka.stop();
            postgres.stop();
        }
    }
}
