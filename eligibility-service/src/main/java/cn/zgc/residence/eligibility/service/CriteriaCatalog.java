package cn.zgc.residence.eligibility.service;

import cn.zgc.residence.eligibility.config.EligibilityConfig;
import cn.zgc.residence.eligibility.domain.CriteriaVersion;
import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.eligibility.domain.Track;
import cn.zgc.residence.eligibility.domain.TrackCriteria;
import cn.zgc.residence.eligibility.repository.CriteriaVersionEntity;
import cn.zgc.residence.eligibility.repository.CriteriaVersionRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The published criteria versions, held in memory so that evaluations do not touch the database. Read again after
 * a publication here, after the TTL (publications on other replicas), or when an unknown id is asked for.
 */
@ApplicationScoped
public class CriteriaCatalog {

    private static final TypeReference<Map<Track, TrackCriteria>> TRACKS = new TypeReference<>() {
    };

    private final CriteriaVersionRepository repository;
    private final ObjectMapper json;
    private final long ttlNanos;
    private volatile Snapshot snapshot;

    public CriteriaCatalog(CriteriaVersionRepository repository, ObjectMapper json, EligibilityConfig config) {
        this.repository = repository;
        this.json = json;
        this.ttlNanos = config.criteriaCacheTtl().toNanos();
    }

    /** The published versions as read at one moment. */
    public record Snapshot(List<Published> versions, long loadedAt) {

        public Optional<CriteriaVersion> inEffectOn(LocalDate date) {
            return versions.stream().map(Published::version).filter(v -> v.inEffectOn(date)).findFirst();
        }
    }

    /** A version with who published it and when. */
    public record Published(CriteriaVersion version, CriteriaVersionEntity row) {
    }

    public List<Published> all() {
        return current().versions();
    }

    public Optional<CriteriaVersion> inEffectOn(LocalDate date) {
        return current().inEffectOn(date);
    }

    public Optional<Published> byId(String id) {
        Optional<Published> found = find(current(), id);
        return found.isPresent() ? found : find(reload(), id);
    }

    /** The versions in memory, when they may be used without reading the database (loaded, within the TTL). */
    public Optional<Snapshot> inMemory() {
        Snapshot s = snapshot;
        return isFresh(s) ? Optional.of(s) : Optional.empty();
    }

    private boolean isFresh(Snapshot s) {
        return s != null && System.nanoTime() - s.loadedAt() <= ttlNanos;
    }

    public void invalidate() {
        snapshot = null;
    }

    public CriteriaVersion toDomain(CriteriaVersionEntity row) {
        try {
            return new CriteriaVersion(row.id, new Text(row.titleEn, row.titleZh), row.effectiveFrom, row.effectiveTo,
                    row.threshold, json.readValue(row.tracks, TRACKS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("criteria version " + row.id + " cannot be read", e);
        }
    }

    public String tracksJson(Map<Track, TrackCriteria> tracks) {
        try {
            return json.writeValueAsString(tracks);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("criteria cannot be written as JSON", e);
        }
    }

    private static Optional<Published> find(Snapshot snapshot, String id) {
        return snapshot.versions().stream().filter(p -> p.version().id().equals(id)).findFirst();
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        if (!isFresh(s)) {
            s = reload();
        }
        return s;
    }

    private synchronized Snapshot reload() {
        List<Published> versions = QuarkusTransaction.joiningExisting().call(() -> repository.listByStart().stream()
                .map(row -> new Published(toDomain(row), row))
                .toList());
        Snapshot s = new Snapshot(versions, System.nanoTime());
        snapshot = s;
        return s;
    }
}
