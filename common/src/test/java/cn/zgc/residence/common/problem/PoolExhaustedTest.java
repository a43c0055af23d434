package cn.zgc.residence.common.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.supplier.AgroalPropertiesReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A pool with every connection in use answers 503, told apart from the driver's own errors. */
class PoolExhaustedTest {

    private static final String URL = "jdbc:postgresql://" + System.getenv().getOrDefault("PGHOST", "127.0.0.1") + ":"
            + System.getenv().getOrDefault("PGPORT", "5432") + "/postgres";

    @Test
    void aPoolThatGivesUpWaitingIsExhaustedAndADriverErrorIsNot() throws SQLException {
        Map<String, String> settings = Map.of(
                AgroalPropertiesReader.JDBC_URL, URL,
                AgroalPropertiesReader.PRINCIPAL, System.getenv().getOrDefault("PGUSER", "postgres"),
                AgroalPropertiesReader.MAX_SIZE, "1",
                AgroalPropertiesReader.ACQUISITION_TIMEOUT_S, "1");
        try (AgroalDataSource pool = AgroalDataSource.from(new AgroalPropertiesReader().readProperties(settings));
                Connection held = pool.getConnection()) {
            Throwable waited = catchThrowable(pool::getConnection);
            Throwable driver = catchThrowable(() -> held.createStatement().execute("SELEC 1"));

            assertThat(waited).isInstanceOf(SQLException.class);
            assertThat(ProblemMappers.isPoolExhausted(new IllegalStateException("wrapped", waited))).isTrue();
            assertThat(driver).isInstanceOf(SQLException.class);
            assertThat(ProblemMappers.isPoolExhausted(driver)).isFalse();
        }
    }
}
