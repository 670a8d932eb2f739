package com.escalationdesk.audit;

import java.time.Instant;

/** One audit entry as exported (CSV or JSON): everything recorded, including both hashes. */
public record AuditRow(String chain, long sequenceNo, Instant occurredAt, String actor, AuditAction action,
        String summary, String before, String after, String previousHash, String hash) {

    static AuditRow of(AuditEntry e) {
        return new AuditRow(e.getChainKey(), e.getSequenceNo(), e.getOccurredAt(), e.getActor(), e.getAction(),
                e.getSummary(), e.getBeforeState(), e.getAfterState(), e.getPreviousHash(), e.getHash());
    }
}
