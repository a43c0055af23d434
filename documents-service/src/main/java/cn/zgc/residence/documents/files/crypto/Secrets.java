package cn.zgc.residence.documents.files.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;

/**
 * Reads the secrets from configuration, in one place for the application and the Java migration that keys the
 * stored digests. A secret that is absent is, where allowed, made at random once per process (never written down).
 */
public final class Secrets {

    public static final String HOLDER_KEY = "zgc.documents.files.secrets.holder-digest-key";
    public static final String FILE_KEY = "zgc.documents.files.secrets.file-key";
    public static final String ALLOW_EPHEMERAL = "zgc.documents.files.secrets.allow-ephemeral";

    private static final Map<String, byte[]> EPHEMERAL = new ConcurrentHashMap<>();

    private Secrets() {
    }

    /** The secret under {@code property}, decoded from base64, or a random one for this process where allowed. */
    public static byte[] resolve(Config config, String property, int minBytes) {
        Optional<String> configured = config.getOptionalValue(property, String.class).filter(v -> !v.isBlank());
        if (configured.isPresent()) {
            byte[] key = Base64.getDecoder().decode(configured.get().trim());
            if (key.length < minBytes) {
                throw new IllegalStateException(property + " must have at least " + minBytes + " bytes");
            }
            return key;
        }
        if (!config.getOptionalValue(ALLOW_EPHEMERAL, Boolean.class).orElse(true)) {
            throw new IllegalStateException(property + " is not configured");
        }
        return EPHEMERAL.computeIfAbsent(property, p -> {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            return key;
        }).clone();
    }

    public static boolean isConfigured(Config config, String property) {
        return config.getOptionalValue(property, String.class).filter(v -> !v.isBlank()).isPresent();
    }
}
