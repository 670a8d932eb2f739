package com.escalationdesk.audit;

import java.io.Serializable;
import java.time.Instant;

/**
 * One audit entry as exported (CSV or JSON): everything recorded, both hashes, and its place in the
 * Merkle log (null until a checkpoint took it in). {@code occurredAtMicros} is the time exactly as
 * hashed; {@code occurredAt} is the same instant for people.
 */
public record AuditRow(String chain, long sequenceNo, Instant occurredAt, String actor, AuditAction action,
        String summary, String before, String after, String previousHash, String hash, long occurredAtMicros, int recipe,
        Long logIndex, String leafHash) implements Serializable {

    static AuditRow of(AuditEntry e) {
        return new AuditRow(e.getChainKey(), e.getSequenceNo(), e.getOccurredAt(), e.getActor(), e.getAction(),
                e.getSummary(), e.getBeforeState(), e.getAfterState(), e.getPreviousHash(), e.getHash(), e.getOccurredMicros(),
                e.getRecipe().number(), e.getLogIndex(), e.getLeafHash());
    }
}
