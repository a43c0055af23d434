package cn.zgc.residence.fees.api;

import cn.zgc.residence.fees.domain.PaymentChannel;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A payment received for an invoice. */
@Schema(example = """
        {"amount": 1500.00, "currency": "CNY", "channel": "BANK_TRANSFER", "externalReference": "ICBC-20260510-0001"}""")
public record PaymentRequest(
        @NotNull @DecimalMin(value = "0.01", message = "{zgc.fees.amount.positive}")
        @Digits(integer = 10, fraction = 2, message = "{zgc.fees.amount.fen}")
        BigDecimal amount,
        @Pattern(regexp = "CNY", message = "{zgc.fees.currency.cny}") String currency,
        @NotNull PaymentChannel channel,
        @NotBlank @Size(max = 100) String externalReference) {
}
