package cn.zgc.residence.notifications.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

/** The application's {@link SecretSealer}, from the same configuration the Java migration reads. */
@ApplicationScoped
public class SecretSealerProducer {

    private static final Logger LOG = Logger.getLogger(SecretSealerProducer.class);

    @Produces
    @Singleton
    SecretSealer sealer(Config config) {
        if (!SecretSealer.isConfigured(config)) {
            LOG.warn("the webhook secrets' encryption key is not configured: a random key for this process only;"
                    + " stored signing secrets will not open after a restart (set WEBHOOK_SECRETS_KEY)");
        }
        return SecretSealer.fromConfig(config);
    }
}
