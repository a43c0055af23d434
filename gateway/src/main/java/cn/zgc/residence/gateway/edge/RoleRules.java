package cn.zgc.residence.gateway.edge;

import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The operations reserved for some roles, parsed from lines like {@code PUT|POST /api/v1/halls/*&#47;hours immigration}
 * (roles separated by {@code |}): a {@code *} stands for exactly one path segment, every other segment must match
 * exactly. An operation no line names is open to every known role; the services check again either way.
 */
public final class RoleRules {

    private final List<Rule> rules = new ArrayList<>();
    private final Set<HttpMethod> methods = new HashSet<>();

    public RoleRules(List<String> lines) {
        for (String line : lines) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length == 1 && parts[0].isEmpty()) {
                continue;
            }
            if (parts.length != 3) {
                throw new IllegalArgumentException("a role rule needs 'METHOD /path role[|role]': " + line);
            }
            Set<HttpMethod> ruleMethods = new HashSet<>();
            for (String method : parts[0].split("\\|")) {
                ruleMethods.add(HttpMethod.valueOf(method.trim().toUpperCase(Locale.ROOT)));
            }
            methods.addAll(ruleMethods);
            rules.add(new Rule(ruleMethods, segments(parts[1]), Set.of(parts[2].split("\\|"))));
        }
    }

    /** The roles an operation is reserved for, if a rule names it. */
    public Optional<Set<String>> rolesFor(HttpMethod method, String path) {
        if (!methods.contains(method)) {
            return Optional.empty(); // most requests are reads: decided without looking at the path
        }
        String[] segments = segments(path);
        for (Rule rule : rules) {
            if (rule.matches(method, segments)) {
                return Optional.of(rule.roles());
            }
        }
        return Optional.empty();
    }

    private static String[] segments(String path) {
        String trimmed = path;
        while (trimmed.endsWith("/") && trimmed.length() > 1) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.startsWith("/") ? trimmed.substring(1).split("/") : trimmed.split("/");
    }

    private record Rule(Set<HttpMethod> methods, String[] pattern, Set<String> roles) {
        boolean matches(HttpMethod method, String[] path) {
            if (!methods.contains(method) || path.length != pattern.length) {
                return false;
            }
            for (int i = 0; i < pattern.length; i++) {
                if (!pattern[i].equals("*") && !pattern[i].equals(path[i])) {
                    return false;
                }
            }
            return true;
        }
    }
}
