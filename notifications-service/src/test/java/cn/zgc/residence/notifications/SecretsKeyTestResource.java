package cn.zgc.residence.notifications;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * The key that seals the signing secrets in every test application: made at random once per test run, never
 * committed; no process makes a key of its own (as in the cluster).
 */
@WithTestResource(value = SecretsKeyTestResource.class, scope = TestResourceScope.GLOBAL)
public class SecretsKeyTestResource implements QuarkusTestResourceLifecycleManager {

    /** The key, base64: the tests open stored values with it, as the application does. */
    public static final String KEY = random();

    @Override
    public Map<String, String> start() {
        return Map.of("zgc.notifications.secrets.encryption-key", KEY,
                "zgc.notifications.secrets.encryption-key-id", "t1",
                "zgc.notifications.secrets.allow-ephemeral-key", "false");
    }

    private static String random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public void stop() {
        // nothing to stop: the key lives as long as the application
    }
}
