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
        /** How often recommendations whose dossier is not opened yet are retried. */
        @WithDefault("5s")
        Duration retryEvery();

        /** The longest wait between two attempts for one recommendation. */
        @WithDefault("5m")
        Duration maxBackoff();

        /** Recommendations retried per round. */
        @WithDefault("20")
        int batchSize();
    }
}
