package cn.zgc.residence.documents.files;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.documents.domain.rules.Holder;
import cn.zgc.residence.documents.files.crypto.Secrets;
import db.migration.V22__KeyedHolderDigests;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** Stored unkeyed digests become keyed ones, equal to the digest the service now makes of the same value. */
@QuarkusTest
class HolderDigestMigrationTest {

    @Inject
    FileFixtures fixtures;

    @Inject
    DataSource dataSource;

    @Inject
    Config config;

    @Test
    void theMigrationRanAtStart() {
        assertThat(fixtures.count("SELECT count(*) FROM flyway_schema_history WHERE version = '22' AND success"))
                .isEqualTo(1);
    }

    @Test
    void keysEveryStoredUnkeyedDigest() throws Exception {
        UUID dossier = fixtures.dossier("P-FILES-DIGESTS");
        String name = unkeyed("ANNA BERG");
        String passport = unkeyed("C01X00T47");
        fixtures.update("INSERT INTO dossier_item (dossier_id, code, sort_order, applies_why, status, reasons, metadata)"
                + " VALUES ('" + dossier + "', 'EMPLOYMENT_CERTIFICATE', 60, '{}', 'ACCEPTED', '[]', '{\"employer\":\"Lab\","
                + "\"holder\":{\"name\":\"" + name + "\",\"passportNumber\":\"" + passport + "\"}}')");
        try (Connection connection = dataSource.getConnection()) {
            new V22__KeyedHolderDigests().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
        JsonNode holder = new ObjectMapper().readTree(metadata(dossier)).get("holder");
        byte[] key = Secrets.resolve(config, Secrets.HOLDER_KEY, 32);
        assertThat(holder.get("name").asText()).isEqualTo(Holder.keyed(name, key))
                .isEqualTo(new Holder("Anna  Berg", "c01x00t47").digested().name()).startsWith("hmac-sha256:");
        assertThat(holder.get("passportNumber").asText())
                .isEqualTo(new Holder("Anna Berg", "C01X00T47").digested().passportNumber());
    }

    private String metadata(UUID dossier) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT metadata FROM dossier_item WHERE dossier_id = ? AND code = 'EMPLOYMENT_CERTIFICATE'")) {
            s.setObject(1, dossier);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    private static String unkeyed(String normal) throws Exception {
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(normal.getBytes(StandardCharsets.UTF_8)));
    }
}
