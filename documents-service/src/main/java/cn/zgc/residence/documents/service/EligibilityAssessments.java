package cn.zgc.residence.documents.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Asks eligibility-service for an assessment: a timeout per call, two retries, and a circuit breaker so that an
 * outage fails fast. An assessment the token may not see is absent (eligibility answers 404), not a failure.
 */
@ApplicationScoped
public class EligibilityAssessments {

    private final EligibilityClient client;

    public EligibilityAssessments(@RestClient EligibilityClient client) {
        this.client = client;
    }

    /** The assessment as the bearer of {@code authorization} sees it; throws when eligibility-service fails. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 2, delay = 200, jitter = 100)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Optional<Assessment> find(UUID id, String authorization) {
        try {
            return Optional.of(client.get(id, authorization));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
