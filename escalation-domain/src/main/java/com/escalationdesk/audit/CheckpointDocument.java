package com.escalationdesk.audit;

import java.io.Serializable;

/**
 * A checkpoint as a document: the fields of the file admins download and exports carry, in that
 * order. {@code time} is for people; {@code timeMillis} is what was signed.
 */
public record CheckpointDocument(String format, long size, String rootHash, String time, long timeMillis, String keyId,
        String publicKey, String signature) implements Serializable {

    public static CheckpointDocument of(TreeHead head) {
        return new CheckpointDocument(TreeHead.FORMAT, head.size(), head.rootHash(), head.time().toString(),
                head.time().toEpochMilli(), head.keyId(), head.publicKey(), head.signature());
    }
}
