package cn.zgc.residence.documents.files.service;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.documents.files.inspect.Refusal;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A request body received into a private temporary file, never into memory: counted against the per-file limit
 * (413 once it is passed, the rest not read) and digested (SHA-256) as it streams. The file is deleted on close.
 */
final class ReceivedFile implements AutoCloseable {

    private final Path path;
    private final long size;
    private final String sha256;

    private ReceivedFile(Path path, long size, String sha256) {
        this.path = path;
        this.size = size;
        this.sha256 = sha256;
    }

    static ReceivedFile receive(InputStream body, Path dir, long maxBytes) {
        Path path = null;
        try {
            path = Files.createTempFile(dir, "upload-", ".part");
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            long total = 0;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(path)) {
                int n;
                while ((n = body.read(buffer)) > 0) {
                    total += n;
                    if (total > maxBytes) {
                        throw Refusal.tooLarge("FILE_TOO_LARGE", new Text("A file may have at most " + maxBytes
                                + " bytes", "单个文件最多 " + maxBytes + " 字节"));
                    }
                    digest.update(buffer, 0, n);
                    out.write(buffer, 0, n);
                }
            }
            return new ReceivedFile(path, total, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException e) {
            deleteQuietly(path);
            // the body could not be read to its end: the client went away or sent a broken body
            throw Refusal.of(cn.zgc.residence.common.problem.ProblemKind.MALFORMED_BODY, "BODY_UNREADABLE",
                    new Text("The body could not be read to its end", "请求正文未能完整读取"));
        } catch (NoSuchAlgorithmException e) {
            deleteQuietly(path);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            deleteQuietly(path);
            throw e;
        }
    }

    Path path() {
        return path;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        deleteQuietly(path);
    }

    static void deleteQuietly(Path path) {
        if (path != null) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
