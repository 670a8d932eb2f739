package com.escalationdesk.metrics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The rollups of a run of days, and the resolutions of the days a span only partly covers, from which
 * the figures of any span within the days are added up: whole days from their rollups, the days a
 * span cuts (the first day of "the last 30 days") from the contributions of their resolutions.
 */
public final class RollupWindow {

    /** A resolution on a day a span cuts: when it was resolved, and its contribution. */
    public record Resolution(Instant at, RollupContribution contribution) {
    }

    /** A span of time, [from, to). */
    public record Span(Instant from, Instant to) {
    }

    private final Instant now;
    private final Map<LocalDate, List<DailyRollup>> rollups = new TreeMap<>();
    private final Map<LocalDate, List<Resolution>> cut = new TreeMap<>();

    /**
     * @param rollups the rollups of the days, in view and in the cut
     * @param resolutions the resolutions, in view and in the cut, of the days {@link #partDays} named
     */
    public RollupWindow(Instant now, Collection<DailyRollup> rollups, Collection<Resolution> resolutions) {
        this.now = now;
        rollups.forEach(r -> this.rollups.computeIfAbsent(r.getDay(), d -> new ArrayList<>()).add(r));
        resolutions.forEach(r -> cut.computeIfAbsent(day(r.at()), d -> new ArrayList<>()).add(r));
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

    /** The figures of the tickets resolved in the span. */
    public RollupTotals totals(Span span) {
        RollupTotals totals = new RollupTotals();
        // a span that reaches past now takes all of today: nothing is resolved later than now
        Instant to = span.to().isAfter(now) ? startOf(day(now).plusDays(1)) : span.to();
        for (LocalDate d = day(span.from()); startOf(d).isBefore(to); d = d.plusDays(1)) {
            if (!startOf(d).isBefore(span.from()) && !startOf(d.plusDays(1)).isAfter(to)) {
                totals.addAll(rollups.getOrDefault(d, List.of()));
            } else {
                for (Resolution r : cut.getOrDefault(d, List.of())) {
                    if (!r.at().isBefore(span.from()) && r.at().isBefore(span.to())) {
                        totals.add(DailyRollup.of(r.contribution()));
                    }
                }
            }
        }
        return totals;
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
