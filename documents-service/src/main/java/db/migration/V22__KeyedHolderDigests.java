package db.migration;

import cn.zgc.residence.documents.domain.rules.Holder;
import cn.zgc.residence.documents.files.crypto.Secrets;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Keys the personal-detail digests stored before they were keyed. An unkeyed {@code sha256:} digest cannot become
 * an HMAC of the plain value (which is not kept), so the old digest itself is keyed: HMAC(key, old digest). New
 * digests are built the same way over the same unkeyed digest ({@link Holder}), so a migrated certificate still
 * matches a work permit submitted after the migration. Reads the key from configuration like the application.
 * In package db.migration because Flyway, as Quarkus runs it, finds Java migrations in its locations' packages.
 */
public class V22__KeyedHolderDigests extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        byte[] key = Secrets.resolve(ConfigProvider.getConfig(), Secrets.HOLDER_KEY, 32);
        ObjectMapper json = new ObjectMapper();
        record Row(UUID dossierId, String code, String metadata) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = context.getConnection().prepareStatement(
                "SELECT dossier_id, code, metadata FROM dossier_item WHERE metadata LIKE '%\"sha256:%'");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row((UUID) rs.getObject(1), rs.getString(2), rs.getString(3)));
            }
        }
        try (PreparedStatement update = context.getConnection().prepareStatement(
                "UPDATE dossier_item SET metadata = ? WHERE dossier_id = ? AND code = ?")) {
            for (Row row : rows) {
                JsonNode metadata = json.readTree(row.metadata());
                if (metadata.get("holder") instanceof ObjectNode holder) {
                    for (String field : List.of("name", "passportNumber")) {
                        JsonNode value = holder.get(field);
                        if (value != null && value.isTextual() && value.asText().startsWith("sha256:")) {
                            holder.put(field, Holder.keyed(value.asText(), key));
                        }
                    }
                    update.setString(1, json.writeValueAsString(metadata));
                    update.setObject(2, row.dossierId());
                    update.setString(3, row.code());
                    update.addBatch();
                }
            }
            update.executeBatch();
        }
    }
}
