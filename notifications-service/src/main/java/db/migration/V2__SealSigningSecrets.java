package db.migration;

import cn.zgc.residence.notifications.crypto.SecretSealer;
import cn.zgc.residence.notifications.domain.SigningSecret;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Seals the signing secrets stored in clear before they were encrypted: each subscription's {@code secret} and
 * {@code previous_secret} that is still a {@code whsec_...} value becomes its sealed form, with the key the
 * application reads ({@link SecretSealer#fromConfig}). A value already sealed is left as it is. In package
 * db.migration because Flyway, as Quarkus runs it, finds Java migrations in its locations' packages.
 */
public class V2__SealSigningSecrets extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        sealAll(context.getConnection(), SecretSealer.fromConfig(ConfigProvider.getConfig()));
    }

    /** Seals every clear secret of the subscription table; returns how many values it sealed. */
    public static int sealAll(Connection connection, SecretSealer sealer) throws SQLException {
        record Row(UUID id, String secret, String previousSecret) {
        }
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, secret, previous_secret FROM subscription"
                        + " WHERE secret NOT LIKE 'aes-gcm:%' OR previous_secret NOT LIKE 'aes-gcm:%'");
                ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row((UUID) rs.getObject(1), rs.getString(2), rs.getString(3)));
            }
        }
        int sealed = 0;
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE subscription SET secret = ?, previous_secret = ? WHERE id = ?")) {
            for (Row row : rows) {
                String secret = row.secret();
                if (!SecretSealer.isSealed(secret)) {
                    secret = sealer.seal(row.id(), new SigningSecret(secret));
                    sealed++;
                }
                String previous = row.previousSecret();
                if (previous != null && !SecretSealer.isSealed(previous)) {
                    previous = sealer.seal(row.id(), new SigningSecret(previous));
                    sealed++;
                }
                update.setString(1, secret);
                update.setString(2, previous);
                update.setObject(3, row.id());
                update.addBatch();
            }
            update.executeBatch();
        }
        return sealed;
    }
}
