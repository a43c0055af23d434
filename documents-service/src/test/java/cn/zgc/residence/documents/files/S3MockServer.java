package cn.zgc.residence.documents.files;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;

/**
 * A real S3-protocol server for the S3 store's tests: Adobe S3Mock's standalone jar (copied into target/ by the
 * build), started as its own process on a free port, with the bucket made at start, and stopped after the tests.
 */
public class S3MockServer implements QuarkusTestResourceLifecycleManager {

    public static final String BUCKET = "zgc-documents-test";
    static volatile String endpoint;
    static volatile Path root;

    private Process process;

    @Override
    public Map<String, String> start() {
        String jar = System.getProperty("zgc.s3mock.jar", "target/s3mock/s3mock.jar");
        if (!Files.exists(Path.of(jar))) {
            throw new IllegalStateException("S3Mock is not at " + jar + " (the build copies it in process-test-classes)");
        }
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            root = Files.createTempDirectory("s3mock-");
            Path log = root.resolveSibling(root.getFileName() + ".log");
            process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx192m", "-XX:TieredStopAtLevel=1", "-jar", jar,
                    "--server.port=0", "--com.adobe.testing.s3mock.httpPort=" + port,
                    "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                    "--com.adobe.testing.s3mock.store.root=" + root,
                    "--com.adobe.testing.s3mock.store.retain-files-on-exit=false",
                    "--logging.level.root=WARN")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            endpoint = "http://127.0.0.1:" + port;
            Awaitility.await("S3Mock answering on " + endpoint).atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofMillis(250)).until(() -> answers(endpoint + "/" + BUCKET));
            return Map.of("zgc.documents.files.storage", "s3",
                    "zgc.documents.files.s3.endpoint", endpoint,
                    "zgc.documents.files.s3.bucket", BUCKET,
                    "zgc.documents.files.s3.region", "us-east-1",
                    "zgc.documents.files.s3.path-style", "true",
                    "zgc.documents.files.s3.access-key-id", "test",
                    "zgc.documents.files.s3.secret-access-key", "test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean answers(String url) {
        if (!process.isAlive()) {
            throw new IllegalStateException("S3Mock stopped; see its log beside " + root);
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(1000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void stop() {
        if (process != null) {
            process.destroy();
            try {
                if (!process.waitFor(15, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
