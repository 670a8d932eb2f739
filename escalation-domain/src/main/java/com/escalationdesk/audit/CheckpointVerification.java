package com.escalationdesk.audit;

import java.io.Serializable;
import java.util.List;

/**
 * What a check of the audit log against one checkpoint found. {@code verified}: the signature holds
 * and the entries at the checkpoint's positions hash to its root. {@code entriesAfter}: entries
 * written since, which only their hash chains protect until the next checkpoint.
 */
public record CheckpointVerification(TreeHead checkpoint, boolean signatureValid, boolean verified, long entriesCovered,
        long entriesAfter, List<String> problems) implements Serializable {
}
