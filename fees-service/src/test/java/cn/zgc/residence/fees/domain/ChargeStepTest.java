package cn.zgc.residence.fees.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChargeStepTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            APPROVED | APPROVED | the card will be produced: its fee falls due
            REFUSED  |          | no card, no fee
            """)
    void aDecisionReachesAChargeStepOrNone(String outcome, ChargeStep step, String why) {
        assertEquals(Optional.ofNullable(step), ChargeStep.ofDecision(outcome), why);
    }

    @ParameterizedTest
    @ValueSource(strings = {"approved", "PENDING", ""})
    void anUnknownOutcomeIsNotGuessed(String outcome) {
        assertThrows(IllegalArgumentException.class, () -> ChargeStep.ofDecision(outcome));
    }
}
