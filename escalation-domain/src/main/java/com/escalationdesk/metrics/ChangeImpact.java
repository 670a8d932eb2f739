package com.escalationdesk.metrics;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A change to how the desk escalates (a published escalation policy, an authority limit set or
 * removed) and the figures of the same span before and after it, so that an admin sees whether it
 * worked: the tickets resolved in the whole UTC days just before the day of the change against those
 * resolved in as many days after it. The day of the change itself, half before and half after, counts
 * on neither side; today counts as a day after.
 *
 * @param change what changed, as the configuration audit trail says it
 * @param span the length of each side: {@link #SPAN}, or the days since the change when they are fewer
 * @param before the figures of the span before; null when the change is too recent to compare
 * @param after the figures of the span after; null when the change is too recent to compare
 */
public record ChangeImpact(Instant at, String change, Duration span, PeriodFigures before, PeriodFigures after)
        implements Serializable {

    /** Two weeks on either side: long enough to count, short enough that other things change less. */
    public static final Duration SPAN = Duration.ofDays(14);

    /** The span to compare on either side of a change made at {@code at}; null when it was made today. */
    public static Duration span(Instant at, Instant now) {
        long days = ChronoUnit.DAYS.between(day(at), day(now));
        if (days < 1) {
            return null;
        }
        return Duration.ofDays(Math.min(SPAN.toDays(), days));
    }

    /** The days before the change's day: [from, to). */
    public static Instant[] before(Instant at, Duration span) {
        Instant dayStart = day(at).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Instant[] {dayStart.minus(span), dayStart};
    }

    /** The days after the change's day: [from, to). */
    public static Instant[] after(Instant at, Duration span) {
        Instant nextDay = day(at).plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return new Instant[] {nextDay, nextDay.plus(span)};
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    public boolean compared() {
        return before != null && after != null;
    }
}
