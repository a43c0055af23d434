package cn.zgc.residence.fees.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new fee schedule version: it starts after today and gives an amount for every service. */
@Schema(example = """
        {"version": "2027-01", "effectiveFrom": "2027-01-01", "currency": "CNY",
         "items": [{"service": "FIRST_APPLICATION", "amount": 1500.00},
                   {"service": "CERTIFICATE_PRODUCTION", "amount": 300.00},
                   {"service": "REPLACEMENT", "amount": 300.00},
                   {"service": "REISSUANCE", "amount": 600.00}],
         "note": "Fees notice of 2026"}""")
public record PublishScheduleRequest(
        @NotNull @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}",
                message = "{zgc.fees.version.pattern}") String version,
        @NotNull LocalDate effectiveFrom,
        @Schema(description = "Last day in force, inclusive; absent means until the next version starts")
        LocalDate effectiveTo,
        @Pattern(regexp = "CNY", message = "{zgc.fees.currency.cny}") String currency,
        @NotEmpty @Valid List<@NotNull ScheduleItem> items,
        @Size(max = 500) String note) {
}
