package com.escalationdesk.audit;

import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A checkpoint as the JSON file admins download and auditors keep: one flat object whose values are
 * numbers, hex, Base64 or an ISO-8601 time, none of which needs escaping. {@code time} is for people;
 * {@code timeMillis} is what was signed.
 */
public final class CheckpointJson {

    private CheckpointJson() {
    }

    public static String of(TreeHead head) {
        CheckpointDocument d = CheckpointDocument.of(head);
        return "{\"format\":\"" + d.format() + "\",\"size\":" + d.size() + ",\"rootHash\":\"" + d.rootHash()
                + "\",\"time\":\"" + d.time() + "\",\"timeMillis\":" + d.timeMillis() + ",\"keyId\":\""
                + d.keyId() + "\",\"publicKey\":\"" + d.publicKey() + "\",\"signature\":\"" + d.signature() + "\"}";
    }

    /** Reads a checkpoint file; an IllegalArgumentException names what is missing or malformed. */
    public static TreeHead parse(String json) {
        if (json == null || json.length() > 10_000) {
            throw new IllegalArgumentException("A checkpoint is a JSON object of a few hundred characters.");
        }
        String format = text(json, "format", "[a-z0-9./-]+");
        if (!TreeHead.FORMAT.equals(format)) {
            throw new IllegalArgumentException("This is not a checkpoint of this desk's format (" + TreeHead.FORMAT + ").");
        }
        return new TreeHead(Long.parseLong(number(json, "size")), text(json, "rootHash", "[0-9a-f]{64}"),
                Instant.ofEpochMilli(Long.parseLong(number(json, "timeMillis"))), text(json, "keyId", "[0-9a-f]{64}"),
                text(json, "publicKey", "[A-Za-z0-9+/=]+"), text(json, "signature", "[A-Za-z0-9+/=]+"));
    }

    private static String text(String json, String name, String shape) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"(" + shape + ")\"").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("The checkpoint has no valid \"" + name + "\".");
        }
        return m.group(1);
    }

    private static String number(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\\d{1,18})\\b").matcher(json);
        if (!m.find()) {
            throw new IllegalArgumentException("The checkpoint has no valid \"" + name + "\".");
        }
        return m.group(1);
    }
}
