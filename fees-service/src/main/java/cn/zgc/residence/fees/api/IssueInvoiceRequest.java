package cn.zgc.residence.fees.api;

import cn.zgc.residence.fees.domain.ServiceCode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An officer's invoice for certificate services (production, replacement, re-issuance). */
@Schema(example = """
        {"partnerId": "tsinghua-ipo", "dossierId": "1b4e28ba-2fa1-11d2-883f-0016d3cca427",
         "applicantRef": "A-2026-0042", "services": ["CERTIFICATE_PRODUCTION"]}""")
public record IssueInvoiceRequest(
        @NotBlank @Size(max = 100) String partnerId,
        UUID dossierId,
        @Size(max = 100) String applicantRef,
        @NotEmpty @Size(max = 20) List<@NotNull ServiceCode> services,
        @Schema(description = "Date whose schedule prices the invoice; today in Beijing when absent")
        LocalDate pricedOn,
        @Pattern(regexp = "CNY", message = "{zgc.fees.currency.cny}") String currency) {
}
