package cn.zgc.residence.documents.files.service;

import cn.zgc.residence.documents.files.crypto.FileCipher;
import cn.zgc.residence.documents.files.crypto.FileCipher.WrappedKey;
import cn.zgc.residence.documents.files.repository.DossierFileEntity;
import cn.zgc.residence.documents.files.storage.ObjectStore;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Files at rest: encrypted with their own data key into the store, and read back decrypted with their SHA-256
 * checked (a stream whose digest differs fails at its end rather than end normally).
 */
@ApplicationScoped
public class StoredFiles {

    private static final Logger LOG = Logger.getLogger(StoredFiles.class);

    private final ObjectStore store;
    private final FileCipher cipher;

    public StoredFiles(ObjectStore store, FileCipher cipher) {
        this.store = store;
        this.cipher = cipher;
    }

    /** Where an encrypted file went and the data key that opens it, wrapped. */
    public record Stored(String storage, String objectKey, WrappedKey key) {
    }

    /** Encrypts the plaintext file into a temporary file and puts that into the store under a new key. */
    public Stored store(UUID fileId, Path plain, Path workDir) {
        // a replaced file gets a new object: the old one is deleted only once the new one is recorded
        String objectKey = "files/" + fileId + "/" + UUID.randomUUID();
        Path encrypted = null;
        try {
            encrypted = Files.createTempFile(workDir, "sealed-", ".bin");
            WrappedKey key = cipher.encrypt(fileId, plain, encrypted);
            store.put(objectKey, encrypted);
            return new Stored(store.name(), objectKey, key);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            ReceivedFile.deleteQuietly(encrypted);
        }
    }

    /** The plaintext of a stored file, decrypted as it is read and checked against the recorded SHA-256 at its end. */
    public InputStream open(DossierFileEntity file) {
        InputStream raw = store.open(file.objectKey);
        InputStream plain = cipher.decrypt(file.id, new WrappedKey(file.keyId, file.wrappedKey), raw);
        return new Verified(plain, file.id, file.sha256, file.sizeBytes);
    }

    /** The stored object fails its digest or its decryption, or is lost: the file must be uploaded again. */
    public static final class Damaged extends RuntimeException {

        public Damaged(UUID fileId, Throwable cause) {
            super("stored file " + fileId + " is damaged", cause);
        }
    }

    /** The store does not answer (a network or database failure): nothing is said of the file itself. */
    public static final class Unavailable extends RuntimeException {

        public Unavailable(UUID fileId, Throwable cause) {
            super("the store cannot be read for file " + fileId, cause);
        }
    }

    /**
     * The plaintext of a stored file, decrypted into a private temporary file in {@code workDir} and checked against
     * its SHA-256 and size before anything is sent: a damaged object is found before a response starts. The caller
     * deletes the copy. Throws {@link Damaged} (digest, decryption or a lost object) or {@link Unavailable} (the store).
     */
    public Path verifiedCopy(DossierFileEntity file, Path workDir) {
        Path copy;
        try {
            copy = Files.createTempFile(workDir, "plain-", ".bin");
        } catch (IOException e) {
            throw new Unavailable(file.id, e);
        }
        try {
            InputStream raw;
            try {
                raw = new StoreReads(store.open(file.objectKey));
            } catch (UncheckedIOException e) {
                throw e.getCause() instanceof ObjectStore.MissingObject ? new Damaged(file.id, e.getCause())
                        : new Unavailable(file.id, e);
            } catch (RuntimeException e) {
                throw new Unavailable(file.id, e);
            }
            try (InputStream in = new Verified(cipher.decrypt(file.id, new WrappedKey(file.keyId, file.wrappedKey), raw),
                    file.id, file.sha256, file.sizeBytes); OutputStream out = Files.newOutputStream(copy)) {
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    try {
                        out.write(buffer, 0, n);
                    } catch (IOException e) {
                        throw new Unavailable(file.id, e);
                    }
                }
            }
            Path done = copy;
            copy = null;
            return done;
        } catch (Damaged | Unavailable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            StoreReadFailure store = storeFailure(e);
            if (store != null && !(store.getCause() instanceof ObjectStore.MissingObject)) {
                throw new Unavailable(file.id, store.getCause());
            }
            // the digest or size differs, a segment or the wrapped key fails its authentication, or the object is lost
            throw new Damaged(file.id, e);
        } finally {
            ReceivedFile.deleteQuietly(copy);
        }
    }

    private static StoreReadFailure storeFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StoreReadFailure failure) {
                return failure;
            }
        }
        return null;
    }

    /** An IOException of the raw store, told apart from one of the decryption or the digest above it. */
    private static final class StoreReadFailure extends IOException {

        StoreReadFailure(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    private static final class StoreReads extends FilterInputStream {

        StoreReads(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return in.read();
            } catch (IOException e) {
                throw new StoreReadFailure(e);
            }
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            try {
                return in.read(b, off, len);
            } catch (IOException e) {
                throw new StoreReadFailure(e);
            }
        }
    }

    /** Deletes an object no record points to (any more); a failure is logged, never thrown at the client. */
    public void discard(String objectKey) {
        try {
            store.delete(objectKey);
        } catch (RuntimeException e) {
            LOG.warnf("object %s could not be deleted and is left orphaned: %s", objectKey, e.getMessage());
        }
    }

    /** Reads through, digesting; at the end the digest and length must be the recorded ones. */
    static final class Verified extends FilterInputStream {

        private final MessageDigest digest;
        private final UUID fileId;
        private final String expected;
        private final long expectedSize;
        private long size;
        private boolean checked;

        Verified(InputStream in, UUID fileId, String expected, long expectedSize) {
            super(in);
            this.fileId = fileId;
            this.expected = expected;
            this.expectedSize = expectedSize;
            try {
                this.digest = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
                digest.update(b, off, n);
                size += n;
            } else if (n < 0) {
                verify();
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            throw new IOException("a verified file is read whole");
        }

        private void verify() throws IOException {
            if (checked) {
                return;
            }
            checked = true;
            String actual = HexFormat.of().formatHex(digest.digest());
            if (size != expectedSize || !actual.equals(expected)) {
                throw new IOException("file " + fileId + " does not match its recorded SHA-256");
            }
        }
    }
}
