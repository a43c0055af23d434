package cn.zgc.residence.eligibility.letter;

import cn.zgc.residence.eligibility.config.EligibilityConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.jboss.logging.Logger;

/**
 * The committee's signing key and certificate chain: read from the configured PEM files (a Kubernetes Secret), or,
 * when none are configured, an RSA key pair and a self-signed certificate made once at start (tests, local run).
 */
@ApplicationScoped
public class SigningCredentials {

    private static final Logger LOG = Logger.getLogger(SigningCredentials.class);

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    public SigningCredentials(EligibilityConfig config, Clock clock) {
        EligibilityConfig.Signing signing = config.letters().signing();
        try {
            if (signing.keyFile().isPresent() != signing.certificateFile().isPresent()) {
                throw new IllegalStateException("zgc.eligibility.letters.signing.key-file and certificate-file "
                        + "must be set together");
            }
            if (signing.keyFile().isPresent()) {
                this.key = readKey(signing.keyFile().get());
                this.chain = readChain(signing.certificateFile().get());
                LOG.infof("letters are signed with the configured key of %s",
                        chain.get(0).getSubjectX500Principal().getName());
            } else {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                this.key = pair.getPrivate();
                this.chain = List.of(selfSigned(pair, signing.generatedSubject(), clock.instant()));
                LOG.warn("no letter signing key configured (zgc.eligibility.letters.signing.key-file): letters are "
                        + "signed with a key made at start, which no one else trusts");
            }
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("the letter signing key cannot be read or made: " + e.getMessage(), e);
        }
    }

    public PrivateKey key() {
        return key;
    }

    /** The signer's certificate first. */
    public List<X509Certificate> chain() {
        return chain;
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    private static PrivateKey readKey(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
                PEMParser pem = new PEMParser(reader)) {
            Object object = pem.readObject();
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (object instanceof PEMKeyPair pair) {
                return converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
            if (object instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            throw new IOException(file + " holds no unencrypted private key");
        }
    }

    private static List<X509Certificate> readChain(Path file) throws IOException, GeneralSecurityException {
        try (var in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = CertificateFactory.getInstance("X.509").generateCertificates(in)
                    .stream().map(X509Certificate.class::cast).toList();
            if (certificates.isEmpty()) {
                throw new IOException(file + " holds no certificate");
            }
            return certificates;
        }
    }

    private static X509Certificate selfSigned(KeyPair pair, String subject, Instant now)
            throws OperatorCreationException, GeneralSecurityException, IOException {
        X500Name name = new X500Name(subject);
        // valid from well before any letter a test or a local run issues, so that the signature verifies at its time
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofDays(3650))), Date.from(now.plus(Duration.ofDays(3650))),
                name, pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }
}
