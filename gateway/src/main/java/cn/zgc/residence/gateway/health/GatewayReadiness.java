package cn.zgc.residence.gateway.health;

import cn.zgc.residence.gateway.routing.Backends;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when the gateway can serve: it has routes and can read the token key. A backend that is down does not make
 * the gateway unready (its routes answer 503 quickly); the circuits are reported as data.
 */
@Readiness
@ApplicationScoped
public class GatewayReadiness implements HealthCheck {

    private final Backends backends;
    private final String keyLocation;

    public GatewayReadiness(Backends backends,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location", defaultValue = "") String keyLocation) {
        this.backends = backends;
        this.keyLocation = keyLocation;
    }

    @Override
    public HealthCheckResponse call() {
        boolean keyReadable = keyReadable();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("gateway")
                .status(!backends.all().isEmpty() && keyReadable)
                .withData("token-key-readable", keyReadable);
        long now = System.nanoTime();
        // one instance: circuit.<backend>; several: circuit.<backend>@<host:port> for each
        backends.all().values().forEach(backend -> backend.instances().forEach(instance ->
                response.withData(backend.instances().size() == 1 ? "circuit." + backend.name()
                        : "circuit." + backend.name() + "@" + instance.address(), instance.breaker().state(now).name())));
        return response.build();
    }

    /** A key file that is missing makes every request fail: checked here; other locations are taken on trust. */
    private boolean keyReadable() {
        if (keyLocation.startsWith("file:")) {
            Path path = keyLocation.startsWith("file://") ? Paths.get(java.net.URI.create(keyLocation))
                    : Path.of(keyLocation.substring("file:".length()));
            return Files.isReadable(path);
        }
        if (keyLocation.startsWith("/")) {
            return Files.isReadable(Path.of(keyLocation));
        }
        return true;
    }
}
