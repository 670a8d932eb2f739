package com.escalationdesk.metrics;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A change to how the desk escalates (a published escalation policy, an authority limit set or
 * removed) and the figures of the same span before and after it, so that an admin sees whether it
 * worked: the tickets resolved in the span just before the change against those resolved in the span
 * from it.
 *
 * @param change what changed, as the configuration audit trail says it
 * @param span the length of each side: {@link #SPAN}, or the time since the change when that is shorter
 * @param before the figures of the span before; null when the change is too recent to compare
 * @param after the figures of the span after; null when the change is too recent to compare
 */
public record ChangeImpact(Instant at, String change, Duration span, PeriodFigures before, PeriodFigures after)
        implements Serializable {

    /** Two weeks on either side: long enough to count, short enough that other things change less. */
    public static final Duration SPAN = Duration.ofDays(14);

    /** Less than a day after a change, there is too little after it to compare. */
    public static final Duration LEAST = Duration.ofDays(1);

    /** The span to compare on either side of a change made at {@code at}; null when it is too recent. */
    public static Duration span(Instant at, Instant now) {
        Duration since = Duration.between(at, now);
        if (since.compareTo(LEAST) < 0) {
            return null;
        }
        return since.compareTo(SPAN) < 0 ? since : SPAN;
    }

    public boolean compared() {
        return before != null && after != null;
    }
}
