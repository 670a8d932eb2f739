package com.escalationdesk.audit;

import com.escalationdesk.shared.RuleViolation;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;

/**
 * The Ed25519 key that signs checkpoints. It lives outside the database, in a PKCS#12 keystore file
 * that {@code ./run} creates with keytool (alias {@value #ALIAS}), so that someone who can write to
 * the database cannot sign a rewritten log. The file's place is the system property
 * {@value #KEYSTORE}; its password is the first line of the file {@value #PASSWORD_FILE}, by default
 * the keystore's path with {@code .password} added.
 */
@ApplicationScoped
public class AuditSigningKey {

    public static final String KEYSTORE = "escalationdesk.audit.keystore";
    public static final String PASSWORD_FILE = "escalationdesk.audit.keystorePasswordFile";
    public static final String ALIAS = "audit-checkpoint";

    private volatile Loaded loaded;

    private record Loaded(PrivateKey privateKey, PublicKey publicKey, Path keystore) {
    }

    public PrivateKey privateKey() {
        return load().privateKey();
    }

    public PublicKey publicKey() {
        return load().publicKey();
    }

    /** The id of the desk's key (the SHA-256 of its public key), when one is configured and readable. */
    public Optional<String> keyIdIfAny() {
        if (keystore() == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(TreeHead.keyId(publicKey()));
        } catch (RuleViolation e) {
            return Optional.empty();
        }
    }

    /** Where the keystore is, for the screens; null when none is configured. */
    public Path keystore() {
        String path = System.getProperty(KEYSTORE);
        return path == null || path.isBlank() ? null : Path.of(path);
    }

    private Loaded load() {
        Loaded key = loaded;
        if (key != null) {
            return key;
        }
        Path keystore = keystore();
        if (keystore == null) {
            throw new RuleViolation("No key to sign checkpoints with: start the desk with ./run, which creates one,"
                    + " or set the system property " + KEYSTORE + " to a PKCS#12 keystore.");
        }
        Path passwordFile = Path.of(System.getProperty(PASSWORD_FILE, keystore + ".password"));
        try (InputStream in = Files.newInputStream(keystore)) {
            char[] password = Files.readAllLines(passwordFile).get(0).strip().toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            if (!(store.getKey(ALIAS, password) instanceof PrivateKey privateKey) || store.getCertificate(ALIAS) == null) {
                throw new RuleViolation("The keystore " + keystore + " has no key named " + ALIAS + ".");
            }
            key = new Loaded(privateKey, store.getCertificate(ALIAS).getPublicKey(), keystore);
            loaded = key;
            return key;
        } catch (IOException | GeneralSecurityException | IndexOutOfBoundsException e) {
            throw new RuleViolation("The checkpoint signing key could not be read from " + keystore + " (password in "
                    + passwordFile + "): " + e.getMessage());
        }
    }
}
