package cn.zgc.residence.eligibility.letter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    @Test
    void aCodeIs128RandomBitsIn26Base32Characters() {
        String code = VerificationCodes.next();
        assertTrue(code.matches("[A-Z2-7]{26}"), code);
        assertNotEquals(code, VerificationCodes.next());
    }

    @Test
    void encodesAsRfc4648WithoutPadding() {
        // RFC 4648 test vectors
        assertEquals("MZXW6YTBOI", VerificationCodes.base32("foobar".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("MY", VerificationCodes.base32("f".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void onlyTheExactCodeMatches() {
        assertTrue(VerificationCodes.matches("ABC234", "ABC234"));
        assertFalse(VerificationCodes.matches("ABC234", "abc234"));
        assertFalse(VerificationCodes.matches("ABC234", "ABC23"));
        assertFalse(VerificationCodes.matches("ABC234", null));
    }
}
