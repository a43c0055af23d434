package cn.zgc.residence.documents.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** Facts in, personalised list out; {@code asOf} picks the rules of a date (default today, Asia/Shanghai). */
public record ChecklistRequest(@NotNull @Valid ApplicantFactsInput facts, LocalDate asOf) {
}
