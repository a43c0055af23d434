package cn.zgc.residence.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.util.Base64;

/** The RSA key pair of a test run, made at run time; only the public key is written, to a temporary file. */
public final class TestKeys {

    private static final KeyPair PAIR = generate();
    private static final KeyPair OTHER = generate();
    private static String publicKeyFile;

    private TestKeys() {
    }

    public static PrivateKey privateKey() {
        return PAIR.getPrivate();
    }

    /** A key the services do not trust: tokens signed with it have a bad signature. */
    public static PrivateKey untrustedKey() {
        return OTHER.getPrivate();
    }

    public static synchronized String publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("zgc-test-jwt", ".pem");
                file.toFile().deleteOnExit();
                Files.writeString(file, pem("PUBLIC KEY", PAIR.getPublic().getEncoded()));
                publicKeyFile = file.toUri().toString();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    /** Writes this run's private key as PEM to a file under the build's target (for a process that signs too). */
    public static Path writePrivateKey(Path file) {
        try {
            Files.writeString(file, pem("PRIVATE KEY", PAIR.getPrivate().getEncoded()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
