package cn.zgc.residence.documents.files;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;
import java.util.Optional;

/** The dossier files: where the bytes go, the limits, and the secrets that protect them. */
@ConfigMapping(prefix = "zgc.documents.files")
public interface FilesConfig {

    /** Where encrypted files are kept: {@code postgres} (the service's own database) or {@code s3}. */
    @WithDefault("postgres")
    Storage storage();

    enum Storage { POSTGRES, S3 }

    /** Largest file; a larger body is refused with 413 before or while it is read. */
    @WithDefault("20M")
    MemorySize maxFileSize();

    /**
     * Largest body of every route other than the file uploads (the HTTP server's own limit,
     * quarkus.http.limits.max-body-size, is raised above max-file-size for the uploads).
     */
    @WithDefault("1M")
    MemorySize maxOtherBodySize();

    /** Largest total of one dossier's files. */
    @WithDefault("200M")
    MemorySize maxDossierSize();

    /** Images declaring more pixels than this are refused (decompression bombs) before any pixel is decoded. */
    @WithDefault("50000000")
    long maxImagePixels();

    /** Pages at most in one PDF. */
    @WithDefault("200")
    int maxPdfPages();

    /** Objects at most in one PDF's cross-reference table. */
    @WithDefault("100000")
    int maxPdfObjects();

    /** Where received files wait while they are checked and encrypted (deleted at once); the system's temp by default. */
    Optional<String> workDir();

    S3 s3();

    Secrets secrets();

    interface S3 {
        @WithDefault("zgc-documents")
        String bucket();

        /** For an S3-compatible server other than AWS (MinIO, Ceph, S3Mock): its URL. */
        Optional<String> endpoint();

        @WithDefault("cn-north-1")
        String region();

        /** Static credentials; without them the SDK's default chain (environment, web identity, instance role). */
        Optional<String> accessKeyId();

        Optional<String> secretAccessKey();

        /** Path-style addressing ({@code endpoint/bucket/key}), which local S3-compatible servers need. */
        @WithDefault("false")
        boolean pathStyle();
    }

    interface Secrets {
        /** The key-encryption key wrapping new files' data keys: 32 bytes, base64 (FILES_KEK, from a Secret). */
        Optional<String> fileKey();

        /** The id stored with each wrapped data key, so that a rotated key can still unwrap older files. */
        @WithDefault("k1")
        String fileKeyId();

        /** Earlier key-encryption keys by id (base64), still read until every file is rewrapped. */
        Map<String, String> previousFileKeys();

        /** The HMAC key of the personal-detail digests: at least 32 bytes, base64 (HOLDER_DIGEST_KEY, from a Secret). */
        Optional<String> holderDigestKey();

        /**
         * Without the keys above, make random ones for this process only (a local run, a test set): files and
         * digests then do not survive a restart. Production sets the keys and turns this off.
         */
        @WithDefault("true")
        boolean allowEphemeral();
    }
}
