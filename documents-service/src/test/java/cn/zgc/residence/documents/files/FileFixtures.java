package cn.zgc.residence.documents.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Dossiers for the file tests, written straight into the dossier tables (the files need only a dossier's owner,
 * status and checklist codes), and counts of what was stored.
 */
@ApplicationScoped
public class FileFixtures {

    public static final List<String> CODES = List.of("PHOTOS", "PASSPORT", "TAX_CERTIFICATES", "RESUME");

    @Inject
    DataSource dataSource;

    public UUID dossier(String partnerId) {
        return dossier(partnerId, "OPEN");
    }

    public UUID dossier(String partnerId, String status) {
        UUID id = UUID.randomUUID();
        update("INSERT INTO dossier (id, assessment_id, partner_id, applicant_ref, track, origin, facts, facts_confirmed,"
                + " status, application_kind, opened_at) VALUES ('" + id + "', '" + UUID.randomUUID() + "', '" + partnerId
                + "', 'APP-FILES', 'TECHNICAL_TALENT', 'PARTNER', '{}', false, '" + status + "', 'FIRST_APPLICATION', '"
                + OffsetDateTime.now() + "')");
        int order = 10;
        for (String code : CODES) {
            update("INSERT INTO dossier_item (dossier_id, code, sort_order, applies_why, status, reasons) VALUES ('"
                    + id + "', '" + code + "', " + (order += 10) + ", '{}', 'MISSING', '[]')");
        }
        return id;
    }

    public long count(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public long files(UUID dossierId) {
        return count("SELECT count(*) FROM dossier_file WHERE dossier_id = '" + dossierId + "'");
    }

    public long chunksOf(UUID dossierId) {
        return count("SELECT count(*) FROM file_chunk c JOIN dossier_file f ON f.object_key = c.object_key"
                + " WHERE f.dossier_id = '" + dossierId + "'");
    }

    /** The stored (encrypted) bytes of a file in the PostgreSQL store, chunk after chunk. */
    public byte[] rawChunks(UUID fileId) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT c.data FROM file_chunk c JOIN dossier_file f ON f.object_key = c.object_key WHERE f.id = ?"
                        + " ORDER BY c.seq")) {
            s.setObject(1, fileId);
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.writeBytes(rs.getBytes(1));
                }
            }
            return out.toByteArray();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String objectKey(UUID fileId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT object_key FROM dossier_file WHERE id = ?")) {
            s.setObject(1, fileId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void update(String sql) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
