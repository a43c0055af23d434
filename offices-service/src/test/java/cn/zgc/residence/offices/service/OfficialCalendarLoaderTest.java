package cn.zgc.residence.offices.service;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zgc.residence.offices.repository.OfficialCalendarRepository;
import cn.zgc.residence.offices.repository.OfficialCalendarYearEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OfficialCalendarLoaderTest {

    @Inject
    OfficialCalendarLoader loader;

    @Inject
    OfficialCalendarRepository calendar;

    @Test
    void leavesTheYearsAlreadyLoadedAsTheyAre() {
        Map<Integer, OffsetDateTime> before = loadedAt();
        long days = QuarkusTransaction.requiringNew().call(this::totalDays);

        loader.loadNewYears();

        assertThat(loadedAt()).isEqualTo(before).containsKeys(2024, 2025, 2026).doesNotContainKey(2027);
        long after = QuarkusTransaction.requiringNew().call(this::totalDays);
        assertThat(after).isEqualTo(days);
    }

    @Test
    void loadsAYearThatIsMissingWithAllItsDays() {
        long days2024 = QuarkusTransaction.requiringNew().call(() -> daysOf(2024));
        assertThat(days2024).isPositive();
        QuarkusTransaction.requiringNew().run(() -> {
            calendar.getEntityManager().createQuery("delete from OfficialDayEntity where year = 2024").executeUpdate();
            calendar.deleteById(2024);
        });

        loader.loadNewYears();

        long reloaded = QuarkusTransaction.requiringNew().call(() -> daysOf(2024));
        assertThat(reloaded).isEqualTo(days2024);
        assertThat(loadedAt()).containsKey(2024);
    }

    private Map<Integer, OffsetDateTime> loadedAt() {
        return QuarkusTransaction.requiringNew().call(() -> calendar.listAll().stream()
                .collect(Collectors.toMap(year -> year.year, (OfficialCalendarYearEntity year) -> year.loadedAt)));
    }

    private long totalDays() {
        return calendar.getEntityManager().createQuery("select count(d) from OfficialDayEntity d", Long.class)
                .getSingleResult();
    }

    private long daysOf(int year) {
        return calendar.getEntityManager()
                .createQuery("select count(d) from OfficialDayEntity d where d.year = :year", Long.class)
                .setParameter("year", year).getSingleResult();
    }
}
