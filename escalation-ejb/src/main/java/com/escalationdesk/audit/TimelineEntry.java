package com.escalationdesk.audit;

import java.io.Serializable;
import java.time.Instant;

/** One line of a ticket's timeline, read from its audit chain. */
public record TimelineEntry(long sequenceNo, Instant at, String actor, String action, String summary,
        String before, String after) implements Serializable {

    static TimelineEntry of(AuditEntry e) {
        return new TimelineEntry(e.getSequenceNo(), e.getOccurredAt(), e.getActor(), e.getAction().label(),
                e.getSummary(), e.getBeforeState(), e.getAfterState());
    }
}
