package cn.zgc.residence.eligibility.domain;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.FieldError;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What a criteria version must satisfy before it is published: complete texts, bands that cover their fact
 * without gaps or overlaps, a maximum of 100 per track, a threshold within 0..100, and dates that start after
 * today and do not overlap another version.
 */
public final class CriteriaRules {

    static final int MAX_TEXT = 500;

    public static final int TRACK_MAXIMUM = 100;
    private static final String ID_PATTERN = "[a-z0-9][a-z0-9.-]{1,39}";

    private CriteriaRules() {
    }

    /** Every problem of the version's content, each naming its field (empty: the content is valid). */
    public static List<FieldError> check(CriteriaVersion v, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (v.id() == null || !v.id().matches(ID_PATTERN)) {
            errors.add(new FieldError("id", new Text("must be 2 to 40 lower-case letters, digits, dots or dashes", "须为 2 至 40 个小写字母、数字、点或连字符")));
        }
        text(errors, "title", v.title());
        if (v.threshold() < 0 || v.threshold() > 100) {
            errors.add(new FieldError("threshold", new Text("must be within 0..100", "须在 0 至 100 之间")));
        }
        if (v.effectiveFrom() == null) {
            errors.add(new FieldError("effectiveFrom", new Text("is required", "必填")));
        } else {
            if (!v.effectiveFrom().isAfter(today)) {
                errors.add(new FieldError("effectiveFrom",
                        new Text("must be after today (" + today + "), so that no past result changes",
                                "须晚于今天（" + today + "），以免改变已有的结果")));
            }
            if (v.effectiveTo() != null && v.effectiveTo().isBefore(v.effectiveFrom())) {
                errors.add(new FieldError("effectiveTo", new Text("must not be before effectiveFrom", "不得早于 effectiveFrom")));
            }
        }
        if (v.tracks() == null) {
            errors.add(new FieldError("tracks", new Text("is required", "必填")));
            return errors;
        }
        for (Track track : Track.values()) {
            String path = "tracks." + track.name();
            TrackCriteria criteria = v.tracks().get(track);
            if (criteria == null) {
                errors.add(new FieldError(path, new Text("is required", "必填")));
            } else {
                checkTrack(path, criteria, errors);
            }
        }
        return errors;
    }

    /**
     * The versions the candidate's dates collide with. An open-ended version that starts earlier is not a
     * collision: publishing the candidate ends it the day before (see {@link #supersedes}).
     */
    public static List<String> overlapping(CriteriaVersion candidate, List<CriteriaVersion> published) {
        return published.stream()
                .filter(p -> p.overlaps(candidate.effectiveFrom(), candidate.effectiveTo()))
                .filter(p -> !(p.effectiveTo() == null && p.effectiveFrom().isBefore(candidate.effectiveFrom())))
                .map(CriteriaVersion::id)
                .toList();
    }

    /** The open-ended version that the candidate ends, if any. */
    public static Optional<CriteriaVersion> supersedes(CriteriaVersion candidate, List<CriteriaVersion> published) {
        return published.stream()
                .filter(p -> p.effectiveTo() == null && p.effectiveFrom().isBefore(candidate.effectiveFrom()))
                .findFirst();
    }

    private static void checkTrack(String path, TrackCriteria criteria, List<FieldError> errors) {
        if (criteria.prerequisites() == null) {
            errors.add(new FieldError(path + ".prerequisites", new Text("is required (may be empty)", "必填（可为空列表）")));
        } else {
            Set<String> codes = new HashSet<>();
            for (int i = 0; i < criteria.prerequisites().size(); i++) {
                checkPrerequisite(path + ".prerequisites[" + i + "]", criteria.prerequisites().get(i), codes, errors);
            }
        }
        if (criteria.factors() == null || criteria.factors().isEmpty()) {
            errors.add(new FieldError(path + ".factors", new Text("needs at least one factor", "至少需要一个评分因素")));
            return;
        }
        Set<String> codes = new HashSet<>();
        Set<FactKey> facts = EnumSet.noneOf(FactKey.class);
        boolean factorsValid = true;
        for (int i = 0; i < criteria.factors().size(); i++) {
            Factor factor = criteria.factors().get(i);
            String at = path + ".factors[" + i + "]";
            if (factor == null) {
                errors.add(new FieldError(at, new Text("is required", "必填")));
                factorsValid = false;
                continue;
            }
            int before = errors.size();
            checkFactor(at, factor, codes, facts, errors);
            factorsValid &= errors.size() == before;
        }
        if (factorsValid && criteria.maxPoints() != TRACK_MAXIMUM) {
            errors.add(new FieldError(path + ".factors", new Text("the factors' maximum points add up to "
                    + criteria.maxPoints() + ", not " + TRACK_MAXIMUM,
                    "各评分因素的最高分合计为 " + criteria.maxPoints() + "，而不是 " + TRACK_MAXIMUM)));
        }
    }

    private static void checkPrerequisite(String at, Prerequisite p, Set<String> codes, List<FieldError> errors) {
        if (p == null) {
            errors.add(new FieldError(at, new Text("is required", "必填")));
            return;
        }
        if (p.code() == null || p.code().isBlank() || !codes.add(p.code())) {
            errors.add(new FieldError(at + ".code", new Text("is required and unique within the track", "必填，且在该类别内唯一")));
        }
        text(errors, at + ".label", p.label());
        if (p.unmetReason() == null || !p.unmetReason().complete()) {
            errors.add(new FieldError(at + ".unmetReason", new Text("needs en and zh", "须同时提供 en 和 zh")));
        }
        if (p.anyOf() == null || p.anyOf().isEmpty()) {
            errors.add(new FieldError(at + ".anyOf", new Text("needs at least one condition", "至少需要一个条件")));
            return;
        }
        for (int i = 0; i < p.anyOf().size(); i++) {
            Condition c = p.anyOf().get(i);
            String cat = at + ".anyOf[" + i + "]";
            if (c == null || c.fact() == null || c.operator() == null) {
                errors.add(new FieldError(cat, new Text("needs fact and operator", "须提供 fact 和 operator")));
                continue;
            }
            boolean fits = switch (c.operator()) {
                case IS_TRUE -> c.fact().kind() == FactKey.Kind.FLAG;
                case AT_LEAST -> c.fact().kind() == FactKey.Kind.NUMBER && c.atLeast() != null;
                case ONE_OF -> c.fact().kind() == FactKey.Kind.CATEGORY && c.values() != null && !c.values().isEmpty()
                        && c.fact().categories().containsAll(c.values());
            };
            if (!fits) {
                errors.add(new FieldError(cat, new Text("operator " + c.operator() + " does not fit fact " + c.fact()
                        + " (IS_TRUE for flags, AT_LEAST with atLeast for numbers, ONE_OF with known values for categories)",
                        "运算符 " + c.operator() + " 不适用于事实 " + c.fact()
                        + "（是非型用 IS_TRUE，数值型用 AT_LEAST 并给出 atLeast，类别型用 ONE_OF 并给出已知取值）")));
            }
        }
    }

    private static void checkFactor(String at, Factor f, Set<String> codes, Set<FactKey> facts, List<FieldError> errors) {
        if (f.code() == null || f.code().isBlank() || !codes.add(f.code())) {
            errors.add(new FieldError(at + ".code", new Text("is required and unique within the track", "必填，且在该类别内唯一")));
        }
        text(errors, at + ".label", f.label());
        if (f.fact() == null || f.fact().kind() == FactKey.Kind.FLAG) {
            errors.add(new FieldError(at + ".fact", new Text("must be a number or category fact", "须为数值型或类别型事实")));
            return;
        }
        if (!facts.add(f.fact())) {
            errors.add(new FieldError(at + ".fact", new Text("is scored by another factor of the track already", "已由该类别的另一个评分因素计分")));
        }
        if (f.bands() == null || f.bands().isEmpty()) {
            errors.add(new FieldError(at + ".bands", new Text("needs at least one band", "至少需要一个分档")));
            return;
        }
        for (int i = 0; i < f.bands().size(); i++) {
            Band b = f.bands().get(i);
            String bat = at + ".bands[" + i + "]";
            if (b == null) {
                errors.add(new FieldError(bat, new Text("is required", "必填")));
                return;
            }
            if (b.points() < 0 || b.points() > TRACK_MAXIMUM) {
                errors.add(new FieldError(bat + ".points", new Text("must be within 0..100", "须在 0 至 100 之间")));
            }
            text(errors, bat + ".label", b.label());
        }
        if (f.fact().kind() == FactKey.Kind.NUMBER) {
            checkNumericCoverage(at + ".bands", f.fact(), f.bands(), errors);
        } else {
            checkCategoryCoverage(at + ".bands", f.fact(), f.bands(), errors);
        }
    }

    /** Bands in ascending order, the first at the fact's lowest value, each starting where the last ended, the last open. */
    private static void checkNumericCoverage(String at, FactKey fact, List<Band> bands, List<FieldError> errors) {
        BigDecimal expected = fact.lowest();
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            String bat = at + "[" + i + "]";
            if (b.min() == null || b.min().compareTo(expected) != 0) {
                boolean gap = b.min() != null && b.min().compareTo(expected) > 0;
                errors.add(new FieldError(bat + ".min", new Text(
                        (gap ? "leaves a gap: " : "overlaps or misses the start: ") + "expected " + Facts.display(expected),
                        (gap ? "留有空档：" : "与上一档重叠或缺少起点：") + "应为 " + Facts.display(expected))));
                return;
            }
            boolean last = i == bands.size() - 1;
            if (last) {
                if (b.max() != null) {
                    errors.add(new FieldError(bat + ".max", new Text("the last band has no upper end (leave max out)", "最后一档没有上限（请省略 max）")));
                }
            } else if (b.max() == null || b.max().compareTo(b.min()) <= 0) {
                errors.add(new FieldError(bat + ".max", new Text("must be above min; only the last band has no upper end", "须大于 min；只有最后一档没有上限")));
                return;
            } else {
                expected = b.max();
            }
            if (b.values() != null && !b.values().isEmpty()) {
                errors.add(new FieldError(bat + ".values", new Text("a number band has min and max, not values", "数值分档使用 min 和 max，而不是 values")));
            }
        }
    }

    /** Every category value in exactly one band. */
    private static void checkCategoryCoverage(String at, FactKey fact, List<Band> bands, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < bands.size(); i++) {
            Band b = bands.get(i);
            if (b.values() == null || b.values().isEmpty()) {
                errors.add(new FieldError(at + "[" + i + "].values", new Text("a category band names its values", "类别分档须列出其取值")));
                continue;
            }
            for (String value : b.values()) {
                if (!fact.categories().contains(value)) {
                    errors.add(new FieldError(at + "[" + i + "].values", new Text("unknown value " + value
                            + "; allowed: " + String.join(", ", fact.categories()),
                            "未知取值 " + value + "；允许的取值：" + String.join(", ", fact.categories()))));
                } else if (!seen.add(value)) {
                    errors.add(new FieldError(at + "[" + i + "].values", new Text(
                            value + " is in more than one band (overlap)", value + " 出现在多个分档中（重叠）")));
                }
            }
        }
        List<String> uncovered = fact.categories().stream().filter(c -> !seen.contains(c)).toList();
        if (!uncovered.isEmpty()) {
            errors.add(new FieldError(at, new Text("leaves a gap: no band for " + String.join(", ", uncovered),
                    "留有空档：以下取值没有分档：" + String.join(", ", uncovered))));
        }
    }

    /** A text for people: both languages given, each at most {@value #MAX_TEXT} characters. */
    private static void text(List<FieldError> errors, String field, Text text) {
        if (text == null || !text.complete()) {
            errors.add(new FieldError(field, new Text("needs en and zh", "须同时提供 en 和 zh")));
        } else if (text.en().length() > MAX_TEXT || text.zh().length() > MAX_TEXT) {
            errors.add(new FieldError(field, new Text("at most " + MAX_TEXT + " characters in each language",
                    "每种语言最多 " + MAX_TEXT + " 个字符")));
        }
    }
}
