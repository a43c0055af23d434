package cn.zgc.residence.fees.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SettlementTest {

    private static Settlement of(String total, String paid, String refunded, String pending) {
        return new Settlement(Money.of(total), Money.of(paid), Money.of(refunded), Money.of(pending));
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', textBlock = """
            300.00 | 0.00   | 0.00  | 0.00   | 300.00 | nothing paid or declared: all is open
            300.00 | 0.00   | 0.00  | 120.00 | 180.00 | a declaration waits and holds its amount
            300.00 | 120.00 | 0.00  | 180.00 | 0.00   | confirmed and declared together cover the total
            300.00 | 300.00 | 0.00  | 0.00   | 0.00   | paid in full
            300.00 | 300.00 | 50.00 | 0.00   | 50.00  | a refund makes its amount due again
            """)
    void openIsDueLessPending(String total, String paid, String refunded, String pending, String open, String why) {
        assertEquals(Money.of(open), of(total, paid, refunded, pending).open(), why);
    }

    @ParameterizedTest(name = "{3}")
    @CsvSource(delimiter = '|', textBlock = """
            0.00   | 300.00 | false | the whole amount may be declared
            0.00   | 300.01 | true  | a fen more than is due may not
            200.00 | 100.00 | false | the rest after what is pending may be declared
            200.00 | 100.01 | true  | pending payments count toward what is due
            """)
    void declaringCountsPendingPayments(String pending, String payment, boolean overpays, String why) {
        assertEquals(overpays, of("300.00", "0.00", "0.00", pending).wouldOverpay(Money.of(payment)), why);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            declare  | 0.00   | 0.00   | 100.00 | 0.00   | 100.00 | false
            confirm  | 0.00   | 100.00 | 100.00 | 100.00 | 0.00   | false
            confirm  | 200.00 | 100.00 | 100.00 | 300.00 | 0.00   | true
            reject   | 0.00   | 100.00 | 100.00 | 0.00   | 0.00   | false
            """)
    void movesMoneyBetweenPendingAndPaid(String action, String paid, String pending, String amount, String paidAfter,
            String pendingAfter, boolean paidInFull) {
        Settlement before = of("300.00", paid, "0.00", pending);
        Money money = Money.of(amount);
        Settlement after = switch (action) {
            case "declare" -> before.declare(money);
            case "confirm" -> before.confirm(money);
            default -> before.reject(money);
        };
        assertEquals(Money.of(paidAfter), after.paid());
        assertEquals(Money.of(pendingAfter), after.pending());
        assertEquals(paidInFull, after.isPaidInFull());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            declare | 200.01
            declare | 0.00
            confirm | 100.01
            reject  | 100.01
            confirm | 0.00
            """)
    void refusesMovesTheMoneyDoesNotAllow(String action, String amount) {
        Settlement before = of("300.00", "0.00", "0.00", "100.00");
        Money money = Money.of(amount);
        assertThrows(IllegalArgumentException.class, () -> {
            switch (action) {
                case "declare" -> before.declare(money);
                case "confirm" -> before.confirm(money);
                default -> before.reject(money);
            }
        });
    }
}
