package cn.zgc.residence.common.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.zgc.residence.common.problem.ApiException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class IdempotentRequestTest {

    private static final List<String> PARTS = List.of("invoice-1", "100.00", "CNY", "ALIPAY", "REF-1");

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   "})
    void refusesAMissingKeyNamingTheHeader(String key) {
        ApiException e = assertThrows(ApiException.class, () -> IdempotentRequest.of("partner-a", key, PARTS));
        assertEquals(400, e.problem().status());
        assertEquals("Idempotency-Key", e.problem().errors().get(0).field());
    }

    @Test
    void refusesAKeyLongerThan200Characters() {
        assertThrows(ApiException.class, () -> IdempotentRequest.of("partner-a", "k".repeat(201), PARTS));
        IdempotentRequest.of("partner-a", "k".repeat(200), PARTS);
    }

    @Test
    void theSameRequestHasTheSameFingerprintAndAnotherOneAnother() {
        IdempotentRequest first = IdempotentRequest.of("partner-a", "k1", PARTS);
        assertEquals(first.fingerprint(), IdempotentRequest.of("partner-b", "k2", PARTS).fingerprint());
        assertNotEquals(first.fingerprint(), IdempotentRequest.of("partner-a", "k1",
                List.of("invoice-1", "100.01", "CNY", "ALIPAY", "REF-1")).fingerprint());
        assertEquals(64, first.fingerprint().length());
    }

    @Test
    void replaysTheEarlierResultOfTheSameRequest() {
        IdempotentRequest request = IdempotentRequest.of("partner-a", "k1", PARTS);
        assertEquals(Optional.of("stored"), request.replay(Optional.of("stored"), stored -> request.fingerprint()));
        assertTrue(request.replay(Optional.<String>empty(), stored -> "").isEmpty());
    }

    @Test
    void refusesTheKeyForAnotherRequest() {
        IdempotentRequest request = IdempotentRequest.of("partner-a", "k1", PARTS);
        ApiException e = assertThrows(ApiException.class,
                () -> request.replay(Optional.of("stored"), stored -> "another fingerprint"));
        assertEquals(422, e.problem().status());
        assertEquals("urn:zgc:problem:idempotency-key-reused", e.problem().type());
    }

    @Test
    void locksPerScopeAndKey() {
        assertNotEquals(IdempotentRequest.of("partner-a", "k1", PARTS).lockName(),
                IdempotentRequest.of("partner-b", "k1", PARTS).lockName());
    }
}
