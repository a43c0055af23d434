package cn.zgc.residence.fees.api;

import cn.zgc.residence.fees.domain.ServiceCode;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** The amount of one service in a fee schedule version, CNY with two decimals. */
public record ScheduleItem(
        @NotNull ServiceCode service,
        @NotNull @DecimalMin(value = "0.00", message = "{zgc.fees.amount.notNegative}")
        @Digits(integer = 10, fraction = 2, message = "{zgc.fees.amount.fen}")
        BigDecimal amount) {
}
