package com.escalationdesk.metrics;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Exact counts of whole values (seconds, microseconds), kept sorted so that a median and a 90th
 * percentile can be read by rank: a rollup keeps one per day and key instead of its tickets' list.
 * Written as {@code value:count,value:count}, smallest first.
 */
public final class Histogram {

    private final TreeMap<Long, Long> counts = new TreeMap<>();

    public static Histogram read(String text) {
        Histogram h = new Histogram();
        h.addAll(text);
        return h;
    }

    /** Adds the counts written in {@code text} (null or empty: none). */
    public void addAll(String text) {
        if (text == null || text.isEmpty()) {
            return;
        }
        int at = 0;
        while (at < text.length()) {
            int colon = text.indexOf(':', at);
            int comma = text.indexOf(',', colon);
            int end = comma < 0 ? text.length() : comma;
            add(Long.parseLong(text, at, colon, 10), Long.parseLong(text, colon + 1, end, 10));
            at = end + 1;
        }
    }

    public void add(Histogram other) {
        other.counts.forEach(this::add);
    }

    /** Adds {@code times} of {@code value} (negative: takes them away; a count that reaches 0 is dropped). */
    public void add(long value, long times) {
        long n = counts.merge(value, times, Long::sum);
        if (n == 0) {
            counts.remove(value);
        } else if (n < 0) {
            throw new IllegalStateException("A histogram cannot hold " + n + " of " + value);
        }
    }

    public long count() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Mean, median and 90th percentile by the one rule of {@link DurationFigures}, each value taken as
     * so many {@code unit}s; {@code sum} is the values' exact sum (the mean's numerator).
     */
    public DurationFigures durations(long sum, Duration unit) {
        long n = count();
        if (n == 0) {
            return DurationFigures.NONE;
        }
        Duration median = n % 2 == 1 ? unit.multipliedBy(valueAt(n / 2))
                : unit.multipliedBy(valueAt(n / 2 - 1)).plus(unit.multipliedBy(valueAt(n / 2))).dividedBy(2);
        long rank = (long) Math.ceil(0.9 * n);
        return new DurationFigures((int) n, unit.multipliedBy(sum).dividedBy(n), median, unit.multipliedBy(valueAt(rank - 1)));
    }

    /** The value at this index (from 0) of the values sorted. */
    private long valueAt(long index) {
        long seen = 0;
        for (Map.Entry<Long, Long> e : counts.entrySet()) {
            seen += e.getValue();
            if (index < seen) {
                return e.getKey();
            }
        }
        throw new IndexOutOfBoundsException(index + " of " + seen);
    }

    public boolean isEmpty() {
        return counts.isEmpty();
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        counts.forEach((value, n) -> {
            if (!s.isEmpty()) {
                s.append(',');
            }
            s.append(value).append(':').append(n);
        });
        return s.toString();
    }
}
