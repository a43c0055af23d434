package cn.zgc.residence.documents.files.crypto;

import cn.zgc.residence.documents.files.crypto.FileCipher.WrappedKey;
import cn.zgc.residence.documents.files.repository.DossierFileEntity;
import cn.zgc.residence.documents.files.repository.DossierFileRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Key rotation: at start, every file whose data key is wrapped by an earlier key-encryption key gets it wrapped by
 * the current one, 100 files per transaction. Only the small wrapped keys change; the stored files are untouched.
 * Once no file names the old key id, the old key can leave the configuration.
 */
@ApplicationScoped
public class FileKeyRotation {

    private static final Logger LOG = Logger.getLogger(FileKeyRotation.class);
    private static final int BATCH = 100;

    private final DossierFileRepository files;
    private final FileCipher cipher;

    public FileKeyRotation(DossierFileRepository files, FileCipher cipher) {
        this.files = files;
        this.cipher = cipher;
    }

    void onStart(@Observes StartupEvent start) {
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(this::rewrapBatch);
            total += done;
        } while (done == BATCH);
        if (total > 0) {
            LOG.infof("%d file key(s) rewrapped with key-encryption key %s", total, cipher.currentKeyId());
        }
    }

    /** Rewraps up to one batch of files not yet under the current key; returns how many. */
    public int rewrapBatch() {
        List<DossierFileEntity> stale = files.find("keyId <> ?1", cipher.currentKeyId()).page(0, BATCH).list();
        for (DossierFileEntity file : stale) {
            WrappedKey rewrapped = cipher.rewrap(file.id, new WrappedKey(file.keyId, file.wrappedKey));
            file.keyId = rewrapped.keyId();
            file.wrappedKey = rewrapped.wrapped();
        }
        return stale.size();
    }
}
