package cn.zgc.residence.documents.client;

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
 * Asks offices-service for an appointment with the caller's own token (so the partner sees only its own): a timeout
 * per call, one retry, and a circuit breaker so that an outage fails fast. An appointment the token may not see is
 * absent (offices answers 404 or 403), not a failure.
 */
@ApplicationScoped
public class OfficesAppointments {

    private final OfficesClient client;

    public OfficesAppointments(@RestClient OfficesClient client) {
        this.client = client;
    }

    /** The appointment as the bearer of {@code authorization} sees it; throws when offices-service fails. */
    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100, abortOn = WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10, delayUnit = ChronoUnit.SECONDS)
    public Optional<Appointment> find(UUID id, String authorization) {
        try {
            return Optional.of(client.get(id, authorization));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404 || status == 403) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
