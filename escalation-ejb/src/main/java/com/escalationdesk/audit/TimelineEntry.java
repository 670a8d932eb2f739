package com.escalationdesk.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One line of a ticket's timeline, read from its audit chain: the raw states before and after, and
 * what changed between them in words.
 */
public record TimelineEntry(long sequenceNo, Instant at, String actor, String action, String summary,
        String before, String after, List<StateChanges.Change> changes) implements Serializable {

    /** {@code personName}: a login's display name. */
    static TimelineEntry of(AuditEntry e, UnaryOperator<String> personName) {
        return new TimelineEntry(e.getSequenceNo(), e.getOccurredAt(), e.getActor(), e.getAction().label(),
                e.getSummary(), e.getBeforeState(), e.getAfterState(),
                StateChanges.between(e.getBeforeState(), e.getAfterState(), personName));
    }
}
