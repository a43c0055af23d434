package cn.zgc.residence.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.http.HttpMethod;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RoleRulesTest {

    private final RoleRules rules = new RoleRules(List.of(
            "POST /api/v1/criteria committee",
            "POST /api/v1/assessments/*/recommendation committee",
            "PUT|POST /api/v1/halls/*/hours immigration|committee"));

    @ParameterizedTest(name = "{0} {1} -> {2}: {3}")
    @CsvSource({
            "POST, /api/v1/criteria, committee, exact path and method",
            "POST, /api/v1/criteria/, committee, a trailing slash is the same path",
            "GET, /api/v1/criteria, '', reading criteria is open to every role",
            "PUT, /api/v1/criteria, '', only the listed method",
            "POST, /api/v1/criteria/v2/items, '', a longer path is another operation",
            "POST, /api/v1/assessments/a-17/recommendation, committee, a star matches one segment",
            "POST, /api/v1/assessments/recommendation, '', a star needs a segment",
            "POST, /api/v1/assessments/a/b/recommendation, '', a star matches only one segment",
            "PUT, /api/v1/halls/chaoyang-center/hours, committee|immigration, first of two methods and two roles",
            "POST, /api/v1/halls/chaoyang-center/hours, committee|immigration, second of two methods",
            "DELETE, /api/v1/halls/chaoyang-center/hours, '', a method not listed"})
    void decidesWhichRolesAnOperationIsFor(String method, String path, String roles, String reason) {
        Set<String> expected = roles.isEmpty() ? null : Set.of(roles.split("\\|"));
        assertThat(rules.rolesFor(HttpMethod.valueOf(method), path).orElse(null)).as(reason).isEqualTo(expected);
    }

    @Test
    void refusesARuleWithoutAPathOrRoles() {
        assertThatThrownBy(() -> new RoleRules(List.of("POST"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoleRules(List.of("POST /api/v1/criteria")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
