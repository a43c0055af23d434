package cn.zgc.residence.documents.files;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/** The file and holder-digest keys of every test application: made at random when it starts, never committed. */
@WithTestResource(value = FileKeysTestResource.class, scope = TestResourceScope.GLOBAL)
public class FileKeysTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("zgc.documents.files.secrets.file-key", random(), "zgc.documents.files.secrets.holder-digest-key",
                random(), "zgc.documents.files.secrets.allow-ephemeral", "false");
    }

    private static String random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }

    @Override
    public void stop() {
        // nothing to stop: the keys live as long as the application
    }
}
