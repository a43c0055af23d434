package cn.zgc.residence.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.http.HttpMethod;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class OfficerRulesTest {

    private final OfficerRules rules = new OfficerRules(List.of(
            "POST /api/v1/criteria",
            "POST /api/v1/assessments/*/recommendation",
            "PUT|POST /api/v1/halls/*/hours"));

    @ParameterizedTest(name = "{0} {1} officer-only={2}: {3}")
    @CsvSource({
            "POST, /api/v1/criteria, true, exact path and method",
            "POST, /api/v1/criteria/, true, a trailing slash is the same path",
            "GET, /api/v1/criteria, false, reading criteria is open to partners",
            "PUT, /api/v1/criteria, false, only the listed method",
            "POST, /api/v1/criteria/v2/items, false, a longer path is another operation",
            "POST, /api/v1/assessments/a-17/recommendation, true, a star matches one segment",
            "POST, /api/v1/assessments/recommendation, false, a star needs a segment",
            "POST, /api/v1/assessments/a/b/recommendation, false, a star matches only one segment",
            "PUT, /api/v1/halls/chaoyang-center/hours, true, first of two methods",
            "POST, /api/v1/halls/chaoyang-center/hours, true, second of two methods",
            "DELETE, /api/v1/halls/chaoyang-center/hours, false, a method not listed"})
    void decidesWhichOperationsAreForOfficers(String method, String path, boolean officerOnly, String reason) {
        assertThat(rules.officerOnly(HttpMethod.valueOf(method), path)).as(reason).isEqualTo(officerOnly);
    }

    @Test
    void refusesARuleWithoutAPath() {
        assertThatThrownBy(() -> new OfficerRules(List.of("POST"))).isInstanceOf(IllegalArgumentException.class);
    }
}
