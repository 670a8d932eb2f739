package com.escalationdesk.audit;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed tree head: the desk's signed statement that its audit log held {@code size} entries whose
 * RFC 6962 Merkle root is {@code rootHash}, at {@code time}. The signature is Ed25519 over
 * {@link #signedText()}; the public key travels with it (X.509 SubjectPublicKeyInfo, Base64) and
 * {@code keyId} is the SHA-256 of that key's bytes, so a reader can pin the key they trust.
 */
public record TreeHead(long size, String rootHash, Instant time, String keyId, String publicKey, String signature)
        implements Serializable {

    public static final String FORMAT = "escalation-desk-checkpoint/1";

    /** The exact bytes that are signed, as UTF-8: four lines, each ended by a line feed. */
    public static String signedText(long size, String rootHash, Instant time) {
        return FORMAT + "\n" + size + "\n" + rootHash + "\n" + time.toEpochMilli() + "\n";
    }

    public String signedText() {
        return signedText(size, rootHash, time);
    }

    public static TreeHead sign(long size, byte[] root, Instant time, PrivateKey key, PublicKey publicKey) {
        Instant at = Instant.ofEpochMilli(time.toEpochMilli());
        String rootHex = MerkleTree.hex(root);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(signedText(size, rootHex, at).getBytes(StandardCharsets.UTF_8));
            return new TreeHead(size, rootHex, at, keyId(publicKey), Base64.getEncoder().encodeToString(publicKey.getEncoded()),
                    Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the checkpoint with the audit signing key", e);
        }
    }

    /** Whether the signature is the one of the key it names over this head; false for any malformed part. */
    public boolean signatureValid() {
        try {
            PublicKey key = key();
            if (!keyId(key).equals(keyId)) {
                return false;
            }
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signedText().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    public PublicKey key() throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicKey)));
    }

    public static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(AuditRecipe.sha256(key.getEncoded()));
    }
}
