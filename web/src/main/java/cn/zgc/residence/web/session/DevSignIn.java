package cn.zgc.residence.web.session;

import cn.zgc.residence.web.config.WebConfig;
import io.quarkus.runtime.configuration.ConfigUtils;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The development sign-in: a person picks a role (and a partner id) and gets a token signed with the local key, the
 * same claims deploy/local/token writes. It is active only when configured on AND the prod profile is not active,
 * so no setting of a production deployment can turn it on.
 */
@ApplicationScoped
public class DevSignIn {

    public static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Set<String> ROLES = Set.of(SignedIn.PARTNER, SignedIn.COMMITTEE, SignedIn.IMMIGRATION);

    private final WebConfig.DevSignIn config;
    private final Clock clock;
    private final boolean active;
    private volatile PrivateKey key;

    public DevSignIn(WebConfig config, Clock clock) {
        this.config = config.devSignIn();
        this.clock = clock;
        this.active = this.config.enabled() && !ConfigUtils.getProfiles().contains("prod");
    }

    public boolean active() {
        return active;
    }

    /** Signs in as the role; the partner id is required for a partner, ignored otherwise. */
    public SignedIn signIn(String role, String partnerId) {
        if (!active) {
            throw new IllegalStateException("the development sign-in is off");
        }
        if (!ROLES.contains(role)) {
            throw new IllegalArgumentException("role");
        }
        boolean partner = SignedIn.PARTNER.equals(role);
        if (partner && (partnerId == null || !ID.matcher(partnerId).matches())) {
            throw new IllegalArgumentException("partnerId");
        }
        String subject = partner ? "partner-" + partnerId : role + "-local";
        long now = clock.instant().getEpochSecond();
        var claims = Jwt.issuer(config.issuer()).audience(config.audience()).subject(subject).groups(role)
                .issuedAt(now).expiresAt(now + config.ttl().toSeconds()).claim("jti", UUID.randomUUID().toString());
        if (partner) {
            claims.claim("partner_id", partnerId);
        }
        String token = claims.jws().keyId("local").sign(key());
        return new SignedIn(role, partner ? partnerId : null, subject, token);
    }

    private PrivateKey key() {
        PrivateKey loaded = key;
        if (loaded == null) {
            String location = config.keyLocation().orElseThrow(() ->
                    new IllegalStateException("web.dev-sign-in.key-location names no key"));
            try {
                String pem = Files.readString(Path.of(location.replaceFirst("^file:", "")));
                String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
                loaded = KeyFactory.getInstance("RSA").generatePrivate(
                        new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
                key = loaded;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the development signing key " + location, e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the development signing key is not a PKCS#8 RSA key", e);
            }
        }
        return loaded;
    }
}
