package cn.zgc.residence.fees.api;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An officer gives back money kept on an invoice, saying why. */
@Schema(example = """
        {"amount": 1500.00, "currency": "CNY", "reason": "Application withdrawn before review"}""")
public record RefundRequest(
        @NotNull @DecimalMin(value = "0.01", message = "{zgc.fees.amount.positive}")
        @Digits(integer = 10, fraction = 2, message = "{zgc.fees.amount.fen}")
        BigDecimal amount,
        @Pattern(regexp = "CNY", message = "{zgc.fees.currency.cny}") String currency,
        @NotBlank @Size(max = 500) String reason) {
}
