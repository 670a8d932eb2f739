package com.escalationdesk.metrics;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * Mean, median and 90th percentile of durations. The median of an even count is the mean of the two
 * middle values; the 90th percentile is the nearest rank: the value at rank ⌈0.9 × n⌉ of the sorted
 * durations, so that at least nine in ten took no longer.
 */
public record DurationFigures(int count, Duration mean, Duration median, Duration p90) implements Serializable {

    public static final DurationFigures NONE = new DurationFigures(0, null, null, null);

    /** The same of whole values in {@code unit} (microseconds, seconds): a primitive sort, for tens of thousands at once. */
    public static DurationFigures of(long[] values, Duration unit) {
        int n = values.length;
        if (n == 0) {
            return NONE;
        }
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        Duration total = Duration.ZERO;
        for (long v : sorted) {
            total = total.plus(unit.multipliedBy(v));
        }
        Duration median = n % 2 == 1 ? unit.multipliedBy(sorted[n / 2])
                : unit.multipliedBy(sorted[n / 2 - 1]).plus(unit.multipliedBy(sorted[n / 2])).dividedBy(2);
        int rank = (int) Math.ceil(0.9 * n);
        return new DurationFigures(n, total.dividedBy(n), median, unit.multipliedBy(sorted[rank - 1]));
    }

    public static DurationFigures of(List<Duration> durations) {
        if (durations.isEmpty()) {
            return NONE;
        }
        List<Duration> sorted = durations.stream().sorted().toList();
        int n = sorted.size();
        Duration total = sorted.stream().reduce(Duration.ZERO, Duration::plus);
        Duration median = n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
        int rank = (int) Math.ceil(0.9 * n);
        return new DurationFigures(n, total.dividedBy(n), median, sorted.get(rank - 1));
    }
}
