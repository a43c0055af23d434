package cn.zgc.residence.documents.api;

import cn.zgc.residence.common.i18n.Text;
import cn.zgc.residence.common.problem.ApiException;
import cn.zgc.residence.common.problem.FieldError;
import cn.zgc.residence.documents.domain.lifecycle.DossierState;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The filters, page and order of GET /api/v1/dossiers, each checked before anything is read (400 naming each bad
 * parameter). Every filter is optional; a blank one counts as absent. {@code submittedFrom} and {@code submittedTo}
 * are days (Asia/Shanghai), both included.
 */
public record DossierQuery(Optional<UUID> assessmentId, Optional<String> applicantRef, Optional<DossierState> state,
        Optional<String> hallId, Optional<LocalDate> submittedFrom, Optional<LocalDate> submittedTo, int page, int size,
        SortKey sort, boolean descending) {

    /** UUID.fromString also takes short forms such as 1-1-1-1-1; an id is asked for in its canonical form. */
    private static final Pattern CANONICAL_UUID = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    static final int MAX_APPLICANT_REF = 64;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** What a list can be sorted by; {@code -} before it sorts newest (or last) first. */
    public enum SortKey {
        submittedAt("submittedAt"), openedAt("openedAt"), updatedAt("updatedAt");

        public final String property;

        SortKey(String property) {
            this.property = property;
        }
    }

    public static DossierQuery of(String assessmentId, String applicantRef, String state, String hallId,
            String submittedFrom, String submittedTo, String page, String size, String sort) {
        List<FieldError> errors = new ArrayList<>();
        Optional<String> assessment = present(assessmentId);
        if (assessment.isPresent() && !CANONICAL_UUID.matcher(assessment.get()).matches()) {
            errors.add(new FieldError("assessmentId", new Text("not a UUID", "不是 UUID")));
        }
        Optional<String> applicant = present(applicantRef);
        if (applicant.isPresent() && applicant.get().length() > MAX_APPLICANT_REF) {
            errors.add(new FieldError("applicantRef", new Text("at most " + MAX_APPLICANT_REF + " characters",
                    "最多 " + MAX_APPLICANT_REF + " 个字符")));
        }
        String states = Arrays.toString(DossierState.values());
        Optional<DossierState> stateValue = present(state).flatMap(s -> parse(() -> DossierState.valueOf(s), "state",
                new Text("one of " + states, states + " 之一"), errors));
        Optional<String> hall = present(hallId);
        if (hall.isPresent() && hall.get().length() > 64) {
            errors.add(new FieldError("hallId", new Text("at most 64 characters", "最多 64 个字符")));
        }
        Text aDate = new Text("a date such as 2026-03-10", "日期，如 2026-03-10");
        Optional<LocalDate> from = present(submittedFrom).flatMap(s -> parse(() -> LocalDate.parse(s), "submittedFrom",
                aDate, errors));
        Optional<LocalDate> to = present(submittedTo).flatMap(s -> parse(() -> LocalDate.parse(s), "submittedTo",
                aDate, errors));
        if (from.isPresent() && to.isPresent() && to.get().isBefore(from.get())) {
            errors.add(new FieldError("submittedTo", new Text("is before submittedFrom", "早于 submittedFrom")));
        }
        int pageValue = present(page).flatMap(s -> parse(() -> Integer.parseInt(s), "page",
                new Text("a number from 0", "从 0 起的数字"), errors)).orElse(0);
        if (pageValue < 0 || pageValue > 100_000) {
            errors.add(new FieldError("page", new Text("a number from 0 to 100000", "0 至 100000 的数字")));
        }
        int sizeValue = present(size).flatMap(s -> parse(() -> Integer.parseInt(s), "size",
                new Text("a number from 1", "从 1 起的数字"), errors)).orElse(DEFAULT_SIZE);
        if (sizeValue < 1 || sizeValue > MAX_SIZE) {
            errors.add(new FieldError("size", new Text("from 1 to " + MAX_SIZE, "1 至 " + MAX_SIZE)));
        }
        String sortText = present(sort).orElse("openedAt");
        boolean descending = sortText.startsWith("-");
        Optional<SortKey> key = parse(() -> SortKey.valueOf(descending ? sortText.substring(1) : sortText), "sort",
                new Text("submittedAt, openedAt or updatedAt, with - before it for descending",
                        "submittedAt、openedAt 或 updatedAt，前加 - 表示降序"), errors);
        if (!errors.isEmpty()) {
            throw ApiException.invalid(errors);
        }
        return new DossierQuery(assessment.map(UUID::fromString), applicant, stateValue, hall, from, to, pageValue,
                sizeValue, key.orElseThrow(), descending);
    }

    private interface Parser<T> {
        T parse();
    }

    private static <T> Optional<T> parse(Parser<T> parser, String field, Text expected, List<FieldError> errors) {
        try {
            return Optional.of(parser.parse());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new FieldError(field, new Text("must be " + expected.en(), "应为" + expected.zh())));
            return Optional.empty();
        }
    }

    private static Optional<String> present(String parameter) {
        return Optional.ofNullable(parameter).map(String::strip).filter(v -> !v.isEmpty());
    }
}
