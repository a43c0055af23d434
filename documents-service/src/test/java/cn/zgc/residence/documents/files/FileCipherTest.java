package cn.zgc.residence.documents.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zgc.residence.documents.files.crypto.FileCipher;
import cn.zgc.residence.documents.files.crypto.FileCipher.WrappedKey;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Files encrypted in a stream with their own data key; a rotated key-encryption key rewraps only the data keys. */
class FileCipherTest {

    @Test
    void encryptsInAStreamAndRewrapsTheDataKeyWhenTheKeyRotates() throws Exception {
        String k1 = key();
        String k2 = key();
        byte[] plain = ("secret page " + SampleFiles.MARKER).repeat(5000).getBytes(StandardCharsets.UTF_8);
        Path source = SampleFiles.temp(plain);
        Path sealed = Files.createTempFile("sealed-", ".bin");
        UUID fileId = UUID.randomUUID();
        WrappedKey wrapped = new FileCipher("k1", Map.of("k1", k1)).encrypt(fileId, source, sealed);
        byte[] stored = Files.readAllBytes(sealed);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(SampleFiles.MARKER);

        FileCipher rotated = new FileCipher("k2", Map.of("k1", k1, "k2", k2));
        WrappedKey rewrapped = rotated.rewrap(fileId, wrapped);
        assertThat(rewrapped.keyId()).isEqualTo("k2");
        FileCipher onlyNew = new FileCipher("k2", Map.of("k2", k2));
        try (InputStream in = onlyNew.decrypt(fileId, rewrapped, Files.newInputStream(sealed))) {
            assertThat(in.readAllBytes()).isEqualTo(plain);
        }
        // the file id is bound in: another file's id does not open it
        assertThatThrownBy(() -> onlyNew.decrypt(UUID.randomUUID(), rewrapped, Files.newInputStream(sealed)))
                .isInstanceOf(IllegalStateException.class);
    }

    private static String key() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return Base64.getEncoder().encodeToString(key);
    }
}
