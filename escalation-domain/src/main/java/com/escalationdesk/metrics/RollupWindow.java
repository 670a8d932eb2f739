package com.escalationdesk.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The figures of a few spans of time, added up as the rollups of their days and the resolutions of the
 * days they cut stream past: a day a span covers whole from its rollups, a day it cuts (the first day
 * of "the last 30 days") from the contributions of that day's resolutions, each by its moment. No
 * rollup is kept once added, so that a year of them costs no more memory than a month.
 */
public final class RollupWindow {

    /** A resolution: when it was resolved, the agent who resolved it (null if none is recorded), and its contribution. */
    public record Resolution(Instant at, String agent, RollupContribution contribution) {
    }

    /** A span of time, [from, to). */
    public record Span(Instant from, Instant to) {
    }

    private final Instant now;
    private final Map<Span, RollupTotals> totals = new LinkedHashMap<>();

    public RollupWindow(Instant now, Collection<Span> spans) {
        this.now = now;
        spans.forEach(s -> totals.putIfAbsent(s, new RollupTotals()));
    }

    /** The days these spans cut: a span that starts or ends within a day (a span up to now ends with today). */
    public static Set<LocalDate> partDays(Collection<Span> spans, Instant now) {
        Set<LocalDate> days = new TreeSet<>();
        for (Span s : spans) {
            if (!isMidnight(s.from())) {
                days.add(day(s.from()));
            }
            if (!isMidnight(s.to()) && !s.to().isAfter(now)) {
                days.add(day(s.to()));
            }
        }
        return days;
    }

    /** The first and the last day any span reaches. */
    public static LocalDate[] days(Collection<Span> spans, Instant now) {
        LocalDate first = spans.stream().map(s -> day(s.from())).min(LocalDate::compareTo).orElseThrow();
        LocalDate last = spans.stream().map(s -> day(end(s, now).minusNanos(1_000))).max(LocalDate::compareTo).orElseThrow();
        return new LocalDate[] {first, last};
    }

    /** Adds a day's rollup to the spans that cover its day whole. */
    public void add(DailyRollup rollup) {
        totals.forEach((span, sum) -> {
            if (whole(span, rollup.getDay())) {
                sum.add(rollup);
            }
        });
    }

    /** Adds a day's rollups, added up, to the spans that cover the day whole. */
    public void add(LocalDate day, RollupTotals dayTotals) {
        totals.forEach((span, sum) -> {
            if (whole(span, day)) {
                sum.add(dayTotals);
            }
        });
    }

    /** Adds a resolution to the spans that cut its day and hold its moment. */
    public void add(Resolution resolution) {
        LocalDate d = day(resolution.at());
        DailyRollup one = null;
        for (Map.Entry<Span, RollupTotals> e : totals.entrySet()) {
            Span span = e.getKey();
            if (!whole(span, d) && !resolution.at().isBefore(span.from()) && resolution.at().isBefore(span.to())) {
                one = one == null ? DailyRollup.toAddUp(resolution.contribution()) : one;
                e.getValue().add(one);
            }
        }
    }

    /** The figures of the tickets resolved in the span. */
    public RollupTotals totals(Span span) {
        RollupTotals sum = totals.get(span);
        if (sum == null) {
            throw new IllegalArgumentException("The window was not made for " + span);
        }
        return sum;
    }

    private boolean whole(Span span, LocalDate d) {
        return !startOf(d).isBefore(span.from()) && !startOf(d.plusDays(1)).isAfter(end(span, now));
    }

    /** A span that reaches past now takes all of today: nothing is resolved later than now. */
    private static Instant end(Span span, Instant now) {
        return span.to().isAfter(now) ? startOf(day(now).plusDays(1)) : span.to();
    }

    public static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static boolean isMidnight(Instant at) {
        return startOf(day(at)).equals(at);
    }
}
