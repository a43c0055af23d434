package cn.zgc.residence.fees.api;

import cn.zgc.residence.fees.domain.ServiceCode;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Services to price, as of a date (today in Beijing when absent). */
@Schema(example = """
        {"services": ["FIRST_APPLICATION", "CERTIFICATE_PRODUCTION"], "on": "2026-05-10", "currency": "CNY"}""")
public record QuoteRequest(
        @NotEmpty @Size(max = 20) List<@NotNull ServiceCode> services,
        LocalDate on,
        @Pattern(regexp = "CNY", message = "{zgc.fees.currency.cny}") String currency) {
}
