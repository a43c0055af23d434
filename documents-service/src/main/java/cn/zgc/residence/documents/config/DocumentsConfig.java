package cn.zgc.residence.documents.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "zgc.documents")
public interface DocumentsConfig {

    /** Bearer token (role officer) for calls to eligibility-service made while handling an event (ELIGIBILITY_TOKEN). */
    Optional<String> eligibilityToken();

    Pending pending();

    interface Pending {
        /**
         * How often the scheduler takes up recommendations whose dossier is not open yet, and the first wait after a
         * failed attempt (doubling). A letter is first tried at once, by a worker, when the consumer has recorded it.
         */
        @WithDefault("5s")
        Duration retryEvery();

        /**
         * How long one attempt holds its letter; longer than the slowest call to eligibility-service (3 tries of at
         * most 3 s). A letter whose attempt died with its instance is taken up again after this.
         */
        @WithDefault("30s")
        Duration claimFor();

        /** Threads opening dossiers; each holds at most one database connection at a time. */
        @WithDefault("8")
        int workers();

        /** Letters waiting for a worker; when full, a letter waits for the scheduler instead. */
        @WithDefault("1000")
        int queueSize();

        /** The longest wait between two attempts for one recommendation. */
        @WithDefault("5m")
        Duration maxBackoff();

        /** Letters the scheduler claims per query (it repeats while there is room and letters are due). */
        @WithDefault("20")
        int batchSize();
    }
}
