package cn.zgc.residence.notifications.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Over TLS the sender connects to the checked address while the handshake names the URL's host: SNI carries it and
 * the certificate is verified against it. The endpoint is an HTTPS server on 127.0.0.1 with a certificate made for
 * this run (keytool) for hooks.partner.invalid, a name that resolves nowhere; the service trusts only that
 * certificate here (zgc.notifications.egress.trusted-certificates).
 */
@QuarkusTest
@TestProfile(TlsSenderTest.TrustsTheRunsCertificate.class)
class TlsSenderTest {

    private static final String NAME = "hooks.partner.invalid";
    private static final String PASSWORD = "test-only";
    private static Path dir;
    private static HttpsServer server;
    private static final List<String> sniNames = new CopyOnWriteArrayList<>();
    private static final List<String> hostHeaders = new CopyOnWriteArrayList<>();

    @Inject
    WebhookSender sender;

    public static class TrustsTheRunsCertificate implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("zgc.notifications.egress.trusted-certificates", certificates().resolve("cert.pem").toString());
        }
    }

    /** A key pair and a self-signed certificate for NAME, made once per run. */
    static synchronized Path certificates() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("zgc-tls");
                String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
                run(keytool, "-genkeypair", "-alias", "hook", "-keyalg", "EC", "-dname", "CN=" + NAME,
                        "-ext", "SAN=dns:" + NAME, "-validity", "2", "-keystore", dir.resolve("keys.p12").toString(),
                        "-storetype", "PKCS12", "-storepass", PASSWORD, "-keypass", PASSWORD);
                run(keytool, "-exportcert", "-rfc", "-alias", "hook", "-keystore", dir.resolve("keys.p12").toString(),
                        "-storepass", PASSWORD, "-file", dir.resolve("cert.pem").toString());
            } catch (Exception e) {
                throw new IllegalStateException("cannot make the test certificate", e);
            }
        }
        return dir;
    }

    private static void run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + ": " + output);
        }
    }

    @BeforeAll
    static void startServer() throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(certificates().resolve("keys.p12"))) {
            keys.load(in, PASSWORD.toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD.toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);
        server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters parameters = context.getDefaultSSLParameters();
                parameters.setSNIMatchers(List.of(new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
                    @Override
                    public boolean matches(SNIServerName name) {
                        sniNames.add(new String(name.getEncoded()));
                        return true;
                    }
                }));
                params.setSSLParameters(parameters);
            }
        });
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                hostHeaders.add(exchange.getRequestHeaders().getFirst("Host"));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
    }

    @AfterAll
    static void stopServer() {
        server.stop(0);
    }

    private static ResolvedEndpoint endpoint(String host) throws Exception {
        return new ResolvedEndpoint(host, server.getAddress().getPort(), true, "/in",
                InetAddress.getByAddress(new byte[] {127, 0, 0, 1}));
    }

    @Test
    void theHandshakeNamesTheUrlsHostWhileTheConnectionGoesToTheCheckedAddress() throws Exception {
        SendResult result = sender.send(endpoint(NAME), Map.of(), "{}").toCompletableFuture()
                .get(20, TimeUnit.SECONDS);
        assertThat(result.error()).isNull();
        assertThat(result.statusCode()).isEqualTo(204);
        assertThat(sniNames).contains(NAME);
        assertThat(hostHeaders).contains(NAME + ":" + server.getAddress().getPort());
    }

    @Test
    void aCertificateForAnotherNameIsRefused() throws Exception {
        SendResult result = sender.send(endpoint("other.partner.invalid"), Map.of(), "{}").toCompletableFuture()
                .get(20, TimeUnit.SECONDS);
        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).startsWith("SSLHandshakeException").contains("other.partner.invalid");
    }
}
