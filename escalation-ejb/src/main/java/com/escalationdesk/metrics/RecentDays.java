package com.escalationdesk.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.concurrent.ThreadLocalRandom;

/**
 * This server's copy of recent days as the dashboards read them: each day's rollups and, once asked
 * for, its resolutions with their contributions, kept under the day's version ({@link RollupDay}) and
 * read again from the database once the version changed. A dashboard of the last 30 days then reads
 * the versions of its days and only the days that changed (today, mostly) instead of tens of
 * thousands of rollups each time, and adds up each day once per view. The days used least recently go
 * first when the copy grows past {@link #BUDGET}, an eighth of the heap.
 */
@ApplicationScoped
public class RecentDays {

    /** The most days one read goes through this copy; longer spans (a year) stream from the database. */
    static final int MOST_DAYS = 100;

    /**
     * The bytes kept at most, about: an eighth of the heap. With 2 GB, the 30-day dashboards of a
     * million tickets over two years (about 90 days of 1,000 rollups and 1,300 resolutions) fit.
     */
    static final long BUDGET = Runtime.getRuntime().maxMemory() / 8;

    /** About what a kept rollup costs, with its key, its columns' text and what was parsed of them. */
    static final int ROLLUP_BYTES = 1_200;

    /** About what a kept resolution costs, with its contribution. */
    static final int RESOLUTION_BYTES = 400;

    /** The version of a day no rollup was ever kept for. */
    static final long NO_VERSION = 0;

    /** What is kept at most of one day worked out for views: beyond it a view works it out each time. */
    static final int MOST_VIEWS = 32;

    /**
     * A day as read at one version; {@code resolutions} is null until they were asked for. {@code worked}
     * holds what was worked out of the day for each view (teams and cut) asked for while it is kept,
     * with about the bytes it takes: the day's rollups added up, its resolutions by agent.
     */
    record Day(LocalDate day, long version, List<DailyRollup> rollups, List<RollupWindow.Resolution> resolutions,
            Map<Object, Worked<?>> worked) {

        Day(LocalDate day, long version, List<DailyRollup> rollups, List<RollupWindow.Resolution> resolutions) {
            this(day, version, rollups, resolutions, new ConcurrentHashMap<>());
        }

        long bytes() {
            long made = 0;
            for (Worked<?> w : worked.values()) {
                made += w.bytes();
            }
            return (long) rollups.size() * ROLLUP_BYTES + (resolutions == null ? 0L : (long) resolutions.size() * RESOLUTION_BYTES) + made;
        }
    }

    /** Something worked out of a day's rollups or resolutions, and about the bytes it takes. */
    record Worked<T>(T value, long bytes) {
    }

    private final LinkedHashMap<LocalDate, Day> days = new LinkedHashMap<>(128, 0.75f, true);
    private long bytes;

    /** A new version, never {@link #NO_VERSION}. */
    static long newVersion() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    }

    /** The day as kept at this version, else null. */
    synchronized Day get(LocalDate day, long version) {
        Day kept = days.get(day);
        return kept != null && kept.version() == version ? kept : null;
    }

    synchronized void put(Day day) {
        Day was = days.put(day.day(), day);
        bytes += day.bytes() - (was == null ? 0 : was.bytes());
        dropEldest(day);
    }

    /**
     * What {@code work} makes of the day for one view ({@code key}): as kept for it, else made now and
     * kept while the day is. It is never changed once kept, only read, by many dashboards at once.
     */
    @SuppressWarnings("unchecked")
    <T> T worked(Day day, Object key, Supplier<T> work, ToLongFunction<T> bytes) {
        Worked<?> kept = day.worked().get(key);
        if (kept != null) {
            return (T) kept.value();
        }
        T made = work.get();
        synchronized (this) {
            if (days.get(day.day()) == day && day.worked().size() < MOST_VIEWS) {
                Worked<T> w = new Worked<>(made, bytes.applyAsLong(made));
                Worked<?> was = day.worked().putIfAbsent(key, w);
                if (was != null) {
                    return (T) was.value();
                }
                this.bytes += w.bytes();
                dropEldest(day);
            }
        }
        return made;
    }

    private void dropEldest(Day day) {
        for (Iterator<Day> eldest = days.values().iterator(); bytes > BUDGET && eldest.hasNext();) {
            Day e = eldest.next();
            if (e != day) {
                bytes -= e.bytes();
                eldest.remove();
            }
        }
    }

    synchronized long bytes() {
        return bytes;
    }
}
