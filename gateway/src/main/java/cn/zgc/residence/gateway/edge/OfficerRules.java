package cn.zgc.residence.gateway.edge;

import io.vertx.core.http.HttpMethod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The operations only officers may call, parsed from lines like {@code PUT|POST /api/v1/halls/*&#47;hours}: a
 * {@code *} stands for exactly one path segment, every other segment must match exactly.
 */
public final class OfficerRules {

    private final List<Rule> rules = new ArrayList<>();
    private final Set<HttpMethod> methods = new HashSet<>();

    public OfficerRules(List<String> lines) {
        for (String line : lines) {
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int space = trimmed.indexOf(' ');
            if (space < 0) {
                throw new IllegalArgumentException("officer-only rule needs 'METHOD /path': " + line);
            }
            Set<HttpMethod> ruleMethods = new HashSet<>();
            for (String method : trimmed.substring(0, space).split("[|,]")) {
                ruleMethods.add(HttpMethod.valueOf(method.trim().toUpperCase(Locale.ROOT)));
            }
            methods.addAll(ruleMethods);
            rules.add(new Rule(ruleMethods, segments(trimmed.substring(space + 1).trim())));
        }
    }

    /** Whether the operation is reserved for officers. */
    public boolean officerOnly(HttpMethod method, String path) {
        if (!methods.contains(method)) {
            return false; // most requests are reads: decided without looking at the path
        }
        String[] segments = segments(path);
        for (Rule rule : rules) {
            if (rule.matches(method, segments)) {
                return true;
            }
        }
        return false;
    }

    private static String[] segments(String path) {
        String trimmed = path;
        while (trimmed.endsWith("/") && trimmed.length() > 1) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.startsWith("/") ? trimmed.substring(1).split("/") : trimmed.split("/");
    }

    private record Rule(Set<HttpMethod> methods, String[] pattern) {
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
