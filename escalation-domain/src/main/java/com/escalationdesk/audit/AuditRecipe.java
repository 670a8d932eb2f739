package com.escalationdesk.audit;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How an entry's hash is computed: the recipe that docs/audit-trail.md specifies for independent
 * verifiers. Entries written since version 20 of the schema use {@link #V2}; entries written before
 * it keep the hash they were written with, under {@link #V1}, and are verified under it.
 */
public enum AuditRecipe {

    /**
     * Until schema version 20: each of the nine fields as {@code <length>:<text>;}, the length in UTF-16
     * units, a null as the text {@code \u0000}, the time as epoch milliseconds, the whole as UTF-8.
     * Kept to verify the entries written under it; a null and the text {@code "\u0000"} encode alike.
     */
    V1(1, "escalation-desk-audit/1"),

    /**
     * From schema version 20: the recipe's name, then the nine fields, each a text as {@code S<bytes>:<UTF-8>}
     * with its length in UTF-8 bytes, or a null as the single byte {@code N}; numbers as decimal text,
     * the time as microseconds since 1970-01-01T00:00:00Z. Every field's encoding says where it ends,
     * so no two different entries share an encoding.
     */
    V2(2, "escalation-desk-audit/2");

    private final int number;
    private final String label;

    AuditRecipe(int number, String label) {
        this.number = number;
        this.label = label;
    }

    public int number() {
        return number;
    }

    /** The name that opens the encoding of an entry under this recipe, and its leaf in the Merkle tree. */
    public String label() {
        return label;
    }

    public static AuditRecipe of(int number) {
        for (AuditRecipe r : values()) {
            if (r.number == number) {
                return r;
            }
        }
        throw new IllegalArgumentException("No audit recipe number " + number);
    }

    /** The entry's hash under this recipe, as 64 lower-case hex digits. */
    public String hash(AuditEntry e) {
        return HexFormat.of().formatHex(sha256(this == V1 ? v1(e) : fields(e).toByteArray()));
    }

    /**
     * The data of the entry's leaf in the Merkle tree, whatever its recipe: the {@link #V2} encoding of
     * the entry under its own recipe's label, followed by its stored hash as one more field.
     */
    public static byte[] leafData(AuditEntry e) {
        ByteArrayOutputStream out = e.getRecipe().fields(e);
        text(out, e.getHash());
        return out.toByteArray();
    }

    private ByteArrayOutputStream fields(AuditEntry e) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        text(out, label);
        text(out, e.getChainKey());
        text(out, Long.toString(e.getSequenceNo()));
        text(out, e.getActor());
        text(out, e.getAction() == null ? null : e.getAction().name());
        text(out, e.getSummary());
        text(out, e.getBeforeState());
        text(out, e.getAfterState());
        text(out, Long.toString(e.getOccurredMicros()));
        text(out, e.getPreviousHash());
        return out;
    }

    static void text(ByteArrayOutputStream out, String value) {
        if (value == null) {
            out.write('N');
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(("S" + bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
    }

    private static byte[] v1(AuditEntry e) {
        StringBuilder canonical = new StringBuilder();
        for (Object field : new Object[] {e.getChainKey(), e.getSequenceNo(), e.getActor(), e.getAction(), e.getSummary(),
                e.getBeforeState(), e.getAfterState(), Math.floorDiv(e.getOccurredMicros(), 1000L), e.getPreviousHash()}) {
            String text = field == null ? "\u0000" : field.toString();
            canonical.append(text.length()).append(':').append(text).append(';');
        }
        return canonical.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (byte[] p : parts) {
                digest.update(p);
            }
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }
}
