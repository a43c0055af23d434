package cn.zgc.residence.fees.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest(name = "{0} is kept as {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1500     | 1500.00 | whole yuan get two decimals
            300.5    | 300.50  | a trailing zero fen is added
            0.01     | 0.01    | one fen
            600.000  | 600.00  | trailing zeros beyond the fen lose nothing
            1E+3     | 1000.00 | exponent notation is an exact amount
            """)
    void keepsAmountsAsWholeFenWithScaleTwo(String input, String expected, String reason) {
        assertEquals(new BigDecimal(expected), Money.of(input).amount());
        assertEquals(2, Money.of(input).amount().scale());
    }

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            0.001     | a tenth of a fen
            1500.005  | half a fen
            0.0000001 | far below a fen
            """)
    void rejectsFractionsOfAFen(String input, String reason) {
        assertThrows(IllegalArgumentException.class, () -> Money.of(input));
    }

    @ParameterizedTest(name = "{0} sum to {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            1500.00                         | 1500.00 | one line
            1500.00,300.00                  | 1800.00 | first application and certificate production
            300.00,300.00,600.00            | 1200.00 | production, replacement and re-issuance
            0.10,0.20                       | 0.30    | decimal fen add exactly, unlike floating point
            0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01,0.01 | 0.10 | ten fen are one jiao
            """)
    void sumsExactly(String amounts, String expected, String reason) {
        Money total = Money.sum(Arrays.stream(amounts.split(",")).map(Money::of).toList());
        assertEquals(Money.of(expected), total);
    }

    @ParameterizedTest(name = "{0} with {1} paid and {2} refunded leaves {3} due: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            1500.00 | 0.00    | 0.00   | 1500.00 | nothing paid yet
            1500.00 | 500.00  | 0.00   | 1000.00 | a part paid
            1500.00 | 1500.00 | 0.00   | 0.00    | paid in full
            1500.00 | 1500.00 | 200.00 | 200.00  | a refund makes the refunded part due again
            """)
    void settlementKnowsWhatIsDue(String total, String paid, String refunded, String due, String reason) {
        Settlement settlement = new Settlement(Money.of(total), Money.of(paid), Money.of(refunded), Money.ZERO);
        assertEquals(Money.of(due), settlement.due());
    }

    @ParameterizedTest(name = "paying {1} on {0} with {2} due overpays: {3} ({4})")
    @CsvSource(delimiter = '|', textBlock = """
            1500.00 | 1500.00 | 0.00    | false | exactly the total
            1500.00 | 1500.01 | 0.00    | true  | one fen too much
            1500.00 | 1000.00 | 500.00  | false | the rest of a part payment
            1500.00 | 1000.01 | 500.00  | true  | the rest and a fen
            300.00  | 0.01    | 300.00  | true  | anything once paid in full
            """)
    void settlementRefusesOverpayment(String total, String payment, String alreadyPaid, boolean overpays,
            String reason) {
        Settlement settlement = new Settlement(Money.of(total), Money.of(alreadyPaid), Money.ZERO, Money.ZERO);
        assertEquals(overpays, settlement.wouldOverpay(Money.of(payment)));
    }
}
