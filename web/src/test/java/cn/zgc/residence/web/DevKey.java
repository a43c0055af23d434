package cn.zgc.residence.web;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;

/** A signing key made for the test run (never committed), written where the development sign-in reads it. */
public class DevKey implements QuarkusTestResourceLifecycleManager {

    private Path file;

    @Override
    public Map<String, String> start() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            file = Files.createTempFile("zgc-web-dev", ".pem");
            Files.writeString(file, "-----BEGIN PRIVATE KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(generator.generateKeyPair().getPrivate().getEncoded())
                    + "\n-----END PRIVATE KEY-----\n");
            return Map.of("web.dev-sign-in.key-location", file.toString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void stop() {
        try {
            Files.deleteIfExists(file);
        } catch (Exception e) {
            // a temporary file: the system cleans it up
        }
    }
}
