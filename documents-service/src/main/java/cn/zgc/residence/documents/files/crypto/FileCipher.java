package cn.zgc.residence.documents.files.crypto;

import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.streamingaead.PredefinedStreamingAeadParameters;
import com.google.crypto.tink.streamingaead.StreamingAeadConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Encryption at rest: each file gets its own data key (a Tink streaming AEAD keyset, AES256_GCM_HKDF_4KB: AES-GCM
 * in 4 KB segments, each with its own nonce and tag, so a file is encrypted and decrypted in a stream, never whole
 * in memory). The data key is stored wrapped by a key-encryption key from configuration, named by its id so that
 * keys can be rotated; the file's id is the associated data of both, so a stored object cannot be swapped for
 * another file's.
 */
public final class FileCipher {

    static {
        try {
            StreamingAeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final String currentKeyId;
    private final Map<String, KeyEncryptionKey> keys;

    /** {@code keys}: key-encryption keys by id, each 32 bytes in base64; {@code currentKeyId} wraps new files. */
    public FileCipher(String currentKeyId, Map<String, String> keys) {
        this.currentKeyId = currentKeyId;
        this.keys = keys.entrySet().stream().collect(Collectors.toUnmodifiableMap(Map.Entry::getKey,
                e -> new KeyEncryptionKey(Base64.getDecoder().decode(e.getValue().trim()))));
        if (!this.keys.containsKey(currentKeyId)) {
            throw new IllegalArgumentException("no key-encryption key with id " + currentKeyId);
        }
    }

    /** A file's data key as stored: wrapped, and the id of the key that wrapped it. */
    public record WrappedKey(String keyId, byte[] wrapped) {
    }

    /** Encrypts {@code plain} into {@code target} with a new data key; returns that key, wrapped. */
    public WrappedKey encrypt(UUID fileId, Path plain, Path target) {
        try {
            KeysetHandle dataKey = KeysetHandle.generateNew(PredefinedStreamingAeadParameters.AES256_GCM_HKDF_4KB);
            StreamingAead aead = dataKey.getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
            try (OutputStream out = aead.newEncryptingStream(Files.newOutputStream(target), associated(fileId))) {
                Files.copy(plain, out);
            }
            byte[] wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(dataKey, keys.get(currentKeyId),
                    associated(fileId));
            return new WrappedKey(currentKeyId, wrapped);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt file " + fileId, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plaintext of a stored object, decrypted (and authenticated segment by segment) as it is read. */
    public InputStream decrypt(UUID fileId, WrappedKey key, InputStream ciphertext) {
        try {
            StreamingAead aead = unwrap(fileId, key).getPrimitive(RegistryConfiguration.get(), StreamingAead.class);
            return aead.newDecryptingStream(ciphertext, associated(fileId));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot decrypt file " + fileId, e);
        }
    }

    /** The same data key wrapped by the current key-encryption key (key rotation: the file itself is untouched). */
    public WrappedKey rewrap(UUID fileId, WrappedKey key) {
        if (key.keyId().equals(currentKeyId)) {
            return key;
        }
        try {
            return new WrappedKey(currentKeyId, TinkProtoKeysetFormat.serializeEncryptedKeyset(unwrap(fileId, key),
                    keys.get(currentKeyId), associated(fileId)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot rewrap the key of file " + fileId, e);
        }
    }

    public String currentKeyId() {
        return currentKeyId;
    }

    private KeysetHandle unwrap(UUID fileId, WrappedKey key) throws GeneralSecurityException {
        KeyEncryptionKey kek = keys.get(key.keyId());
        if (kek == null) {
            throw new GeneralSecurityException("key-encryption key " + key.keyId() + " is not configured");
        }
        return TinkProtoKeysetFormat.parseEncryptedKeyset(key.wrapped(), kek, associated(fileId));
    }

    private static byte[] associated(UUID fileId) {
        return ("zgc-file:" + fileId).getBytes(StandardCharsets.US_ASCII);
    }
}
