package cn.zgc.residence.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.testsupport.TestInfrastructure;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * Migration V10 on dossiers stored by the release before it: a scratch database migrated to V3, rows as that release
 * wrote them, then the rest of the migrations.
 */
class LifecycleMigrationTest {

    @Test
    void bringsEarlierDossiersIntoTheLifecycleStatesAndItemStatusesIntoTheRulesVerdict() throws SQLException {
        TestInfrastructure infra = TestInfrastructure.get();
        String url = infra.freshDatabase("documents_migration_test");
        migrate(url, infra, "3");
        try (Connection c = DriverManager.getConnection(url, infra.username(), infra.password());
                Statement s = c.createStatement()) {
            s.executeUpdate("""
                    INSERT INTO dossier (id, assessment_id, partner_id, applicant_ref, track, origin, letter_number, facts,
                        facts_confirmed, status, application_kind, acceptance_date, opened_at, completed_at) VALUES
                    ('00000000-0000-0000-0000-000000000001', '10000000-0000-0000-0000-000000000001', 'P1', 'COMPLETE',
                     'TECHNICAL_TALENT', 'PARTNER', NULL, '{}', true, 'COMPLETE', 'FIRST_APPLICATION', '2026-03-10', now(), now()),
                    ('00000000-0000-0000-0000-000000000002', '10000000-0000-0000-0000-000000000002', 'P1', 'OPEN-ALL-PASS',
                     'TECHNICAL_TALENT', 'RECOMMENDATION', 'ZGC-1', '{}', false, 'OPEN', 'FIRST_APPLICATION', NULL, now(), NULL),
                    ('00000000-0000-0000-0000-000000000003', '10000000-0000-0000-0000-000000000003', 'P1', 'OPEN-ONE-FAILS',
                     'TECHNICAL_TALENT', 'RECOMMENDATION', 'ZGC-2', '{}', false, 'OPEN', 'FIRST_APPLICATION', NULL, now(), NULL)""");
            s.executeUpdate("""
                    INSERT INTO dossier_item (dossier_id, code, sort_order, applies_why, status, reasons) VALUES
                    ('00000000-0000-0000-0000-000000000001', 'PHOTOS', 1, '{}', 'ACCEPTED', '[]'),
                    ('00000000-0000-0000-0000-000000000002', 'PHOTOS', 1, '{}', 'ACCEPTED', '[]'),
                    ('00000000-0000-0000-0000-000000000003', 'PHOTOS', 1, '{}', 'ACCEPTED', '[]'),
                    ('00000000-0000-0000-0000-000000000003', 'RESUME', 2, '{}', 'REJECTED', '[]'),
                    ('00000000-0000-0000-0000-000000000003', 'PASSPORT', 3, '{}', 'MISSING', '[]')""");
        }
        migrate(url, infra, "latest");
        try (Connection c = DriverManager.getConnection(url, infra.username(), infra.password());
                Statement s = c.createStatement()) {
            assertThat(rows(s, "SELECT applicant_ref, state || ' ' || COALESCE(acceptance_date::text, '-') FROM dossier"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("COMPLETE", "READY -", "OPEN-ALL-PASS", "READY -",
                            "OPEN-ONE-FAILS", "OPEN -"));
            assertThat(rows(s, "SELECT d.applicant_ref || '/' || i.code, i.rules_verdict || ' ' || i.officer_verdict"
                    + " FROM dossier_item i JOIN dossier d ON d.id = i.dossier_id"))
                    .containsEntry("OPEN-ONE-FAILS/PHOTOS", "SATISFIED PENDING")
                    .containsEntry("OPEN-ONE-FAILS/RESUME", "NOT_SATISFIED PENDING")
                    .containsEntry("OPEN-ONE-FAILS/PASSPORT", "MISSING PENDING");
            assertThat(rows(s, "SELECT d.applicant_ref, h.from_state || '>' || h.to_state || ' ' || h.reason_en"
                    + " FROM dossier_history h JOIN dossier d ON d.id = h.dossier_id"))
                    .containsOnlyKeys("COMPLETE", "OPEN-ALL-PASS")
                    .hasEntrySatisfying("COMPLETE", v -> assertThat(v).startsWith("COMPLETE>READY").contains("2026-03-10"));
        }
    }

    private static Map<String, String> rows(Statement s, String query) throws SQLException {
        Map<String, String> result = new LinkedHashMap<>();
        try (ResultSet r = s.executeQuery(query)) {
            while (r.next()) {
                result.put(r.getString(1), r.getString(2));
            }
        }
        return result;
    }

    /** This service's migrations, as the application runs them, up to a version ("latest" for all). */
    private static void migrate(String url, TestInfrastructure infra, String target) {
        Flyway.configure().dataSource(url, infra.username(), infra.password())
                .locations("classpath:db/common", "classpath:db/migration").target(target).load().migrate();
    }
}
