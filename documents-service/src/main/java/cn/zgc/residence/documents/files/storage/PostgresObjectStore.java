package cn.zgc.residence.documents.files.storage;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The default store, in the service's own database: an object is rows of {@code file_chunk}, at most 256 KB each,
 * written in one transaction of their own (not the one that records the file) and read one row at a time.
 */
public final class PostgresObjectStore implements ObjectStore {

    static final int CHUNK = 256 * 1024;

    private final DataSource dataSource;

    public PostgresObjectStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String name() {
        return "postgres";
    }

    @Override
    public void put(String key, Path source) {
        QuarkusTransaction.requiringNew().run(() -> {
            try (Connection connection = dataSource.getConnection();
                    PreparedStatement insert = connection.prepareStatement(
                            "INSERT INTO file_chunk (object_key, seq, data) VALUES (?, ?, ?)");
                    InputStream in = Files.newInputStream(source)) {
                byte[] buffer = new byte[CHUNK];
                int seq = 0;
                int n;
                while ((n = in.readNBytes(buffer, 0, CHUNK)) > 0) {
                    insert.setString(1, key);
                    insert.setInt(2, seq++);
                    insert.setBytes(3, n == CHUNK ? buffer : java.util.Arrays.copyOf(buffer, n));
                    insert.executeUpdate();
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot store object " + key, e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Override
    public InputStream open(String key) {
        return new ChunkStream(key);
    }

    @Override
    public void delete(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement("DELETE FROM file_chunk WHERE object_key = ?")) {
            delete.setString(1, key);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot delete object " + key, e);
        }
    }

    /** Reads chunk after chunk, each by its own short query, so that no connection is held while a client reads. */
    private final class ChunkStream extends InputStream {

        private final String key;
        private int next;
        private byte[] current = new byte[0];
        private int position;
        private boolean ended;

        ChunkStream(String key) {
            this.key = key;
        }

        @Override
        public int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return current[position++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }

        private boolean fill() throws IOException {
            while (position >= current.length) {
                if (ended) {
                    return false;
                }
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement select = connection.prepareStatement(
                                "SELECT data FROM file_chunk WHERE object_key = ? AND seq = ?")) {
                    select.setString(1, key);
                    select.setInt(2, next);
                    try (ResultSet rs = select.executeQuery()) {
                        if (!rs.next()) {
                            ended = true;
                            if (next == 0) {
                                throw new MissingObject(key);
                            }
                            return false;
                        }
                        current = rs.getBytes(1);
                        position = 0;
                        next++;
                    }
                } catch (SQLException e) {
                    throw new IOException("cannot read object " + key, e);
                }
            }
            return true;
        }
    }
}
