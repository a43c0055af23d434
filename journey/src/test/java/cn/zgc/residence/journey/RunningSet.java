package cn.zgc.residence.journey;

import static org.awaitility.Awaitility.await;

import cn.zgc.residence.testsupport.OtlpReceiver;
import cn.zgc.residence.testsupport.TestInfrastructure;
import cn.zgc.residence.testsupport.TestKeys;
import cn.zgc.residence.testsupport.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The packaged set as processes: a KRaft Kafka broker process, the four services and the gateway, each on a free
 * port with its own fresh database on the local PostgreSQL. One set per test JVM; parts can be stopped, killed and
 * restarted by the fault tests. Every process logs to a file under target/journey/logs.
 * <p>
 * Every process runs with tracing on and exports to the test JVM's {@link OtlpReceiver}, but starts no trace of its own
 * (its sampling share is 0): only a request that arrives with a sampled traceparent is recorded, through the gateway,
 * the services, the outbox, Kafka and the consumers, and only {@code TraceIT} sends one. The other tests record nothing
 * and send nothing to the receiver.
 */
public final class RunningSet {

    public enum App {
        ELIGIBILITY("eligibility-service", "eligibility"),
        DOCUMENTS("documents-service", "documents"),
        FEES("fees-service", "fees"),
        OFFICES("offices-service", "offices"),
        NOTIFICATIONS("notifications-service", "notifications"),
        GATEWAY("gateway", null),
        WEB("web", null);

        final String module;
        final String database;

        App(String module, String database) {
            this.module = module;
            this.database = database;
        }

        public String module() {
            return module;
        }

        public String databaseName() {
            return TestInfrastructure.databaseName("journey_" + database);
        }
    }

    private static RunningSet instance;

    private final Path root = Path.of(System.getProperty("zgc.root", "..")).toAbsolutePath().normalize();
    private final Path work = root.resolve("journey/target/journey");
    private final Path logs = work.resolve("logs");
    private final String pgHost = env("PGHOST", "127.0.0.1");
    private final int pgPort = Integer.parseInt(env("PGPORT", "5432"));
    private final String pgUser = env("PGUSER", "postgres");
    private final String pgPassword = env("PGPASSWORD", "");
    private final int kafkaPort = freePort();
    private final int controllerPort = freePort();
    private final Map<App, Integer> ports = new EnumMap<>(App.class);
    /** Health and metrics: each process's management interface, on a port of its own. */
    private final Map<App, Integer> managementPorts = new EnumMap<>(App.class);
    private final Map<App, Process> processes = new EnumMap<>(App.class);
    private final Map<App, String> jdbcUrls = new EnumMap<>(App.class);
    private final TcpProxy feesDatabaseProxy;
    private Process kafka;

    public static synchronized RunningSet get() {
        if (instance == null) {
            instance = new RunningSet();
            Runtime.getRuntime().addShutdownHook(new Thread(instance::stopAll, "running-set-stop"));
            instance.startAll();
        }
        return instance;
    }

    private RunningSet() {
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (App app : App.values()) {
            ports.put(app, freePort());
            managementPorts.put(app, freePort());
        }
        // fees-service reaches PostgreSQL through a proxy that a fault test closes and reopens
        feesDatabaseProxy = new TcpProxy(pgHost, pgPort);
        for (App app : App.values()) {
            if (app.database != null) {
                int port = app == App.FEES ? feesDatabaseProxy.port() : pgPort;
                jdbcUrls.put(app, "jdbc:postgresql://" + pgHost + ":" + port + "/" + app.databaseName());
            }
        }
    }

    public String gatewayUrl() {
        return url(App.GATEWAY);
    }

    public String url(App app) {
        return "http://127.0.0.1:" + ports.get(app);
    }

    /** The management interface of the application: /q/health, /q/metrics. */
    public String managementUrl(App app) {
        return "http://127.0.0.1:" + managementPorts.get(app);
    }

    public String kafkaBootstrap() {
        return "127.0.0.1:" + kafkaPort;
    }

    public Path logs() {
        return logs;
    }

    public TcpProxy feesDatabaseProxy() {
        return feesDatabaseProxy;
    }

    private void startAll() {
        for (App app : App.values()) {
            if (app.database != null) {
                recreateDatabase(app.databaseName());
            }
        }
        startKafka(true);
        createTopics();
        for (App app : App.values()) {
            start(app);
        }
        for (App app : App.values()) {
            awaitReady(app);
        }
    }

    // --- Kafka ---------------------------------------------------------------------------------------------

    public synchronized void startKafka() {
        startKafka(false);
    }

    private void startKafka(boolean format) {
        Path data = work.resolve("kafka-data");
        Path config = work.resolve("kafka.properties");
        try {
            if (format) {
                deleteTree(data);
                Files.writeString(config, String.join("\n",
                        "process.roles=broker,controller",
                        "node.id=1",
                        "controller.quorum.voters=1@127.0.0.1:" + controllerPort,
                        "listeners=PLAINTEXT://127.0.0.1:" + kafkaPort + ",CONTROLLER://127.0.0.1:" + controllerPort,
                        "advertised.listeners=PLAINTEXT://127.0.0.1:" + kafkaPort,
                        "controller.listener.names=CONTROLLER",
                        "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                        "inter.broker.listener.name=PLAINTEXT",
                        "auto.create.topics.enable=true",
                        "num.partitions=3",
                        "offsets.topic.replication.factor=1",
                        "offsets.topic.num.partitions=3",
                        "transaction.state.log.replication.factor=1",
                        "transaction.state.log.min.isr=1",
                        "share.coordinator.state.topic.replication.factor=1",
                        "share.coordinator.state.topic.min.isr=1",
                        "group.initial.rebalance.delay.ms=0",
                        "log.dirs=" + data) + "\n");
                run(List.of(java(), "-cp", System.getProperty("java.class.path"), "kafka.tools.StorageTool", "format",
                        "-t", randomClusterId(), "-c", config.toString()), "kafka-format");
            }
            kafka = launch(List.of(java(), "-Xmx384m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                    "kafka.Kafka", config.toString()), Map.of(), "kafka");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        await("Kafka broker").atMost(Duration.ofSeconds(60)).until(() -> portOpen(kafkaPort));
    }

    /** Stops the broker as an operator would (SIGTERM) and waits until it is gone. */
    public synchronized void stopKafka() {
        stopProcess(kafka, false);
    }

    private void createTopics() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafkaBootstrap());
        try (Admin admin = Admin.create(props)) {
            List<NewTopic> topics = new ArrayList<>();
            for (String line : Files.readAllLines(root.resolve("deploy/local/topics.tsv"))) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                topics.add(new NewTopic(cells[0], Integer.parseInt(cells[1]), (short) 1)
                        .configs(Map.of("retention.ms", cells[2])));
            }
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create the topics", e);
        }
    }

    // --- applications ---------------------------------------------------------------------------------------

    public synchronized void start(App app) {
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(app)));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPorts.get(app)));
        // static group membership: a restarted process rejoins its consumer groups under the same id
        env.put("ZGC_INSTANCE_ID", app.module + "-journey");
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafkaBootstrap());
        env.put("JWT_PUBLIC_KEY_LOCATION", TestKeys.publicKeyFile());
        env.put("JWT_ISSUER", Tokens.ISSUER);
        env.put("JWT_AUDIENCE", Tokens.AUDIENCE);
        env.put("PGUSER", pgUser);
        env.put("PGPASSWORD", pgPassword);
        if (app.database != null) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrls.get(app));
        }
        env.put("ELIGIBILITY_URL", url(App.ELIGIBILITY));
        env.put("DOCUMENTS_URL", url(App.DOCUMENTS));
        env.put("FEES_URL", url(App.FEES));
        env.put("OFFICES_URL", url(App.OFFICES));
        env.put("NOTIFICATIONS_URL", url(App.NOTIFICATIONS));
        // webhook receivers of the tests listen on loopback over plain HTTP
        env.put("WEBHOOK_ALLOW_PLAIN_HTTP", "true");
        env.put("WEBHOOK_ALLOWED_CIDRS", "127.0.0.1/32");
        env.put("WEB_URL", url(App.WEB));
        // tracing as in the cluster (SDK on, Kafka records traced), but no trace starts here: see the class comment
        env.put("QUARKUS_OTEL_SDK_DISABLED", "false");
        env.put("MP_MESSAGING_CONNECTOR_SMALLRYE_KAFKA_TRACING_ENABLED", "true");
        env.put("QUARKUS_OTEL_TRACES_SAMPLER_ARG", "0");
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_PROTOCOL", "http/protobuf");
        env.put("QUARKUS_OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", OtlpReceiver.get().endpoint());
        // the trace test's spans leave within a fifth of a second rather than in the default five-second batches
        env.put("QUARKUS_OTEL_BSP_SCHEDULE_DELAY", "200ms");
        if (app == App.WEB) {
            // the pages call the API through the gateway; their development sign-in signs with the test key
            env.put("GATEWAY_URL", gatewayUrl());
            env.put("QUARKUS_PROFILE", "local");
            env.put("WEB_DEV_SIGN_IN_KEY", devSignInKey().toString());
        }
        Path jar = root.resolve(app.module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("not packaged: " + jar + " (run mvn package first)");
        }
        processes.put(app, launch(List.of(java(), "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-jar", jar.toString()), env, app.module));
    }

    /** The test run's private key as PEM for the web's development sign-in, under target (never committed). */
    private Path devSignInKey() {
        return TestKeys.writePrivateKey(work.resolve("dev-sign-in.pem"));
    }

    public void awaitReady(App app) {
        Process process = processes.get(app);
        await(app.module + " ready").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            if (!process.isAlive()) {
                throw new IllegalStateException(app.module + " stopped while starting; see " + logs);
            }
            return "UP".equals(health(app, "ready"));
        });
    }

    /** The status word of /q/health/{kind}: UP, DOWN, or UNREACHABLE. */
    public String health(App app, String kind) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(managementUrl(app) + "/q/health/" + kind))
                            .timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            // the overall status, not one of the checks'
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()).path("status").asText("DOWN");
        } catch (IOException e) {
            return "UNREACHABLE";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "UNREACHABLE";
        }
    }

    /** Freezes the application (SIGSTOP): its sockets stay open, nothing answers, as with a hung JVM. */
    public synchronized void pause(App app) {
        signal(app, "STOP");
    }

    /** Lets a paused application go on (SIGCONT). */
    public synchronized void resume(App app) {
        signal(app, "CONT");
    }

    private void signal(App app, String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(processes.get(app).pid())).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + name + " " + app.module + " failed");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Kills the application with SIGKILL: no shutdown hook, no graceful anything. */
    public synchronized void kill(App app) {
        stopProcess(processes.get(app), true);
    }

    public void restart(App app) {
        start(app);
        awaitReady(app);
    }

    // --- database ---------------------------------------------------------------------------------------------

    public long count(App app, String sql) {
        try (Connection c = DriverManager.getConnection(directJdbcUrl(app), pgUser, pgPassword);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The first column of every row of {@code sql}, as bytes (a bytea column as stored). */
    public List<byte[]> bytes(App app, String sql) {
        try (Connection c = DriverManager.getConnection(directJdbcUrl(app), pgUser, pgPassword);
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<byte[]> rows = new java.util.ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getBytes(1));
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private String directJdbcUrl(App app) {
        return "jdbc:postgresql://" + pgHost + ":" + pgPort + "/" + app.databaseName();
    }

    private void recreateDatabase(String name) {
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + pgHost + ":" + pgPort + "/postgres",
                pgUser, pgPassword); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare database " + name + ": " + e.getMessage(), e);
        }
    }

    // --- processes --------------------------------------------------------------------------------------------

    private Process launch(List<String> command, Map<String, String> env, String name) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve(name + ".log").toFile()));
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    private void run(List<String> command, String name) {
        try {
            Process process = launch(command, Map.of(), name);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(name + " failed; see " + logs.resolve(name + ".log"));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void stopProcess(Process process, boolean kill) {
        if (process == null || !process.isAlive()) {
            return;
        }
        if (kill) {
            process.destroyForcibly();
        } else {
            process.destroy();
        }
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopAll() {
        processes.values().forEach(p -> stopProcess(p, false));
        stopProcess(kafka, false);
        feesDatabaseProxy.close();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String randomClusterId() {
        // Kafka's own ids never start with '-', which the storage tool would read as an option
        return org.apache.kafka.common.Uuid.randomUuid().toString();
    }

    private static boolean portOpen(int port) {
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 200);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
