package cn.zgc.residence.offices.service;

import cn.zgc.residence.offices.config.OfficesConfig;
import cn.zgc.residence.offices.repository.OfficialCalendarRepository;
import cn.zgc.residence.offices.repository.OfficialCalendarYearEntity;
import cn.zgc.residence.offices.repository.OfficialDayEntity;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Loads the State Council holiday arrangement from the holiday-cn files shipped in {@code holiday-cn/} into the
 * service's tables. A year is loaded once, when the service first starts with a file that has its days (2027 is
 * an empty placeholder until the notice is published), and is never rewritten, so that a schedule computed for a
 * past date stays the same.
 */
@ApplicationScoped
public class OfficialCalendarLoader {

    static final String SOURCE = "holiday-cn (NateScarlet/holiday-cn, MIT License), from the State Council notices";
    private static final Logger LOG = Logger.getLogger(OfficialCalendarLoader.class);

    private final OfficialCalendarRepository calendar;
    private final ObjectMapper json;
    private final OfficesConfig config;
    private final Clock clock;

    public OfficialCalendarLoader(OfficialCalendarRepository calendar, ObjectMapper json, OfficesConfig config, Clock clock) {
        this.calendar = calendar;
        this.json = json;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public void loadNewYears() {
        // the usual start: every year with days is loaded already, so no lock is taken and no day is read
        Map<Integer, JsonNode> toLoad = new LinkedHashMap<>();
        for (int year : config.calendarYears()) {
            if (calendar.findById(year) != null) {
                continue;
            }
            JsonNode file = read(year);
            if (file == null || !file.path("days").elements().hasNext()) {
                LOG.infof("State Council calendar %d not published yet; its days follow the regular hours", year);
                continue;
            }
            toLoad.put(year, file);
        }
        if (toLoad.isEmpty()) {
            return;
        }
        calendar.lockForLoading();
        Set<LocalDate> known = new HashSet<>();
        calendar.allDays().forEach(d -> known.add(d.day));
        toLoad.forEach((year, file) -> {
            if (calendar.findById(year) == null) { // another replica may have loaded it while this one waited
                load(year, file, known);
            }
        });
    }

    private void load(int year, JsonNode file, Set<LocalDate> known) {
        OfficialCalendarYearEntity entity = new OfficialCalendarYearEntity();
        entity.year = year;
        List<String> papers = new ArrayList<>();
        file.path("papers").forEach(p -> papers.add(p.asText()));
        entity.papers = String.join(" ", papers);
        entity.source = SOURCE;
        entity.loadedAt = OffsetDateTime.now(clock);
        calendar.persist(entity);
        int count = 0;
        for (JsonNode node : file.path("days")) {
            LocalDate date = LocalDate.parse(node.path("date").asText());
            if (known.add(date)) {
                OfficialDayEntity day = new OfficialDayEntity();
                day.day = date;
                day.year = year;
                day.name = node.path("name").asText();
                day.offDay = node.path("isOffDay").asBoolean();
                calendar.persistDay(day);
                count++;
            }
        }
        LOG.infof("State Council calendar %d loaded: %d days", year, count);
    }

    private JsonNode read(int year) {
        try (InputStream in = Thread.currentThread().getContextClassLoader()
                .getResourceAsStream("holiday-cn/" + year + ".json")) {
            return in == null ? null : json.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("holiday-cn/" + year + ".json cannot be read", e);
        }
    }
}
