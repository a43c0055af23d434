package cn.zgc.residence.documents.files.crypto;

import cn.zgc.residence.documents.domain.rules.Holder;
import cn.zgc.residence.documents.files.FilesConfig;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/** Installs the holder digest key and makes the file cipher from configuration, at start. */
@Startup
@ApplicationScoped
public class KeysAtStart {

    private static final Logger LOG = Logger.getLogger(KeysAtStart.class);

    private final FileCipher cipher;

    public KeysAtStart(Config config, FilesConfig files) {
        if (!Secrets.isConfigured(config, Secrets.HOLDER_KEY) || !Secrets.isConfigured(config, Secrets.FILE_KEY)) {
            LOG.warn("file or holder-digest keys are not configured: random keys for this process only; files and"
                    + " digests will not be readable after a restart (set FILES_KEK and HOLDER_DIGEST_KEY)");
        }
        Holder.useKey(Secrets.resolve(config, Secrets.HOLDER_KEY, 32));
        Map<String, String> keys = new HashMap<>(files.secrets().previousFileKeys());
        keys.put(files.secrets().fileKeyId(),
                Base64.getEncoder().encodeToString(Secrets.resolve(config, Secrets.FILE_KEY, 32)));
        this.cipher = new FileCipher(files.secrets().fileKeyId(), keys);
    }

    @Produces
    FileCipher cipher() {
        return cipher;
    }
}
