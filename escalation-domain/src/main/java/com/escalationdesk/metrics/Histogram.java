package com.escalationdesk.metrics;

import java.time.Duration;
import java.util.Arrays;

/**
 * Exact counts of whole values (seconds, microseconds), so that a median and a 90th percentile can be
 * read by rank: a rollup keeps one per day and key instead of its tickets' list. Written as
 * {@code value:count,value:count}, smallest first. Adding is appending; the values are sorted and
 * merged once, when read, so that a year of rollups adds up in one sort.
 */
public final class Histogram {

    private long[] values = new long[16];
    private long[] counts = new long[16];
    private int size;
    private boolean merged = true;

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
            append(Long.parseLong(text, at, colon, 10), Long.parseLong(text, colon + 1, end, 10));
            at = end + 1;
        }
    }

    /** Adds the counts of another histogram, which is only read. */
    public void addAll(Histogram other) {
        for (int i = 0; i < other.size; i++) {
            append(other.values[i], other.counts[i]);
        }
    }

    /** Adds {@code times} of {@code value} (negative: takes them away; a value may not end below none). */
    public void add(long value, long times) {
        append(value, times);
        merge();
    }

    /** Sorts and merges the counts now, so that later reads change nothing. */
    void settle() {
        merge();
    }

    /** How many distinct values (or, before {@link #settle}, appended pairs) it holds. */
    int entries() {
        return size;
    }

    private void append(long value, long times) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        values[size] = value;
        counts[size] = times;
        size++;
        merged = false;
    }

    /** Sorts by value, adds up the counts of equal values and drops those that came to none. */
    private void merge() {
        if (merged) {
            return;
        }
        boolean sorted = true;
        for (int i = 1; i < size && sorted; i++) {
            sorted = values[i - 1] <= values[i];
        }
        long[] v = values;
        long[] c = counts;
        if (!sorted) {
            int[] order = order();
            v = new long[values.length];
            c = new long[counts.length];
            for (int i = 0; i < size; i++) {
                v[i] = values[order[i]];
                c[i] = counts[order[i]];
            }
        }
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (n > 0 && v[n - 1] == v[i]) {
                c[n - 1] += c[i];
            } else {
                v[n] = v[i];
                c[n] = c[i];
                n++;
            }
            if (c[n - 1] == 0 && (i + 1 == size || v[i + 1] != v[n - 1])) {
                n--;
            }
        }
        for (int i = 0; i < n; i++) {
            if (c[i] < 0) {
                throw new IllegalStateException("A histogram cannot hold " + c[i] + " of " + v[i]);
            }
        }
        values = v;
        counts = c;
        size = n;
        merged = true;
    }

    /** The indexes of the pairs in the order of their values. */
    private int[] order() {
        int[] order = new int[size];
        long max = 0;
        long min = Long.MAX_VALUE;
        for (int i = 0; i < size; i++) {
            max = Math.max(max, values[i]);
            min = Math.min(min, values[i]);
        }
        if (min >= 0 && max < (1L << 42) && size < (1 << 21)) {
            // a value and its index packed in one long: one primitive sort
            long[] packed = new long[size];
            for (int i = 0; i < size; i++) {
                packed[i] = values[i] << 21 | i;
            }
            Arrays.sort(packed);
            for (int i = 0; i < size; i++) {
                order[i] = (int) (packed[i] & ((1 << 21) - 1));
            }
            return order;
        }
        Integer[] boxed = new Integer[size];
        for (int i = 0; i < size; i++) {
            boxed[i] = i;
        }
        long[] byValue = values;
        Arrays.sort(boxed, (a, b) -> Long.compare(byValue[a], byValue[b]));
        for (int i = 0; i < size; i++) {
            order[i] = boxed[i];
        }
        return order;
    }

    public long count() {
        merge();
        long n = 0;
        for (int i = 0; i < size; i++) {
            n += counts[i];
        }
        return n;
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
        merge();
        long seen = 0;
        for (int i = 0; i < size; i++) {
            seen += counts[i];
            if (index < seen) {
                return values[i];
            }
        }
        throw new IndexOutOfBoundsException(index + " of " + seen);
    }

    public boolean isEmpty() {
        merge();
        return size == 0;
    }

    @Override
    public String toString() {
        merge();
        StringBuilder s = new StringBuilder(size * 12);
        for (int i = 0; i < size; i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(values[i]).append(':').append(counts[i]);
        }
        return s.toString();
    }
}
