package cn.zgc.residence.eligibility.domain;

import cn.zgc.residence.common.i18n.Text;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** The baseline criteria exactly as the migration ships them, read from the migration itself. */
public final class Baseline {

    public static final CriteriaVersion VERSION = read();

    private Baseline() {
    }

    private static CriteriaVersion read() {
        try (InputStream in = Baseline.class.getResourceAsStream("/db/migration/V2__baseline_criteria.sql")) {
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] parts = sql.split("\\$tracks\\$");
            Map<Track, TrackCriteria> tracks = new ObjectMapper().readValue(parts[1], new TypeReference<>() {
            });
            return new CriteriaVersion("baseline-2024", new Text("Baseline", "基准"), LocalDate.of(2024, 1, 1),
                    null, 70, tracks);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of the baseline with other dates or another id, for timeline rules. */
    public static CriteriaVersion dated(String id, LocalDate from, LocalDate to) {
        return new CriteriaVersion(id, VERSION.title(), from, to, VERSION.threshold(), VERSION.tracks());
    }
}
