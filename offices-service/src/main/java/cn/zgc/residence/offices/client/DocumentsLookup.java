package cn.zgc.residence.offices.client;

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
 * The remote dossier look-up with its fault-tolerance guard: 3 s at most per call, one retry, and a circuit breaker
 * that opens when half of the last 20 calls failed. A 4xx is an answer (the dossier is not there for this caller),
 * not a failure.
 */
@ApplicationScoped
public class DocumentsLookup {

    private final DocumentsClient client;

    public DocumentsLookup(@RestClient DocumentsClient client) {
        this.client = client;
    }

    @Timeout(value = 3, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 100, jitter = 50)
    @CircuitBreaker(requestVolumeThreshold = 20, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public Optional<DossierSummary> find(UUID id, String authorization) {
        try {
            return Optional.of(client.dossier(id, authorization));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() < 500) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
