package cn.zgc.residence.web;

import cn.zgc.residence.testsupport.TestKeys;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The test run's signing key (made at run time by {@link TestKeys}, never committed), written where the development
 * sign-in reads it.
 */
public class DevKey implements QuarkusTestResourceLifecycleManager {

    private Path file;

    @Override
    public Map<String, String> start() {
        try {
            file = TestKeys.writePrivateKey(Files.createTempFile("zgc-web-dev", ".pem"));
            return Map.of("web.dev-sign-in.key-location", file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void stop() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a temporary file: the system cleans it up
        }
    }
}
