package com.escalationdesk.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * This server's copy of recent days as the dashboards read them: each day's rollups and, once asked
 * for, its resolutions with their contributions, kept under the day's version ({@link RollupDay}) and
 * read again from the database once the version changed. A dashboard of the last 30 days then reads
 * the versions of its days and only the days that changed (today, mostly) instead of tens of
 * thousands of rollups each time. The days used least recently go first when the copy grows past
 * {@link #CAPACITY} rollups and resolutions.
 */
@ApplicationScoped
public class RecentDays {

    /** The most days one read goes through this copy; longer spans (a year) stream from the database. */
    static final int MOST_DAYS = 100;

    /** Rollups and resolutions kept at most: the 30-day dashboard of a million tickets over two years needs about 65,000. */
    static final int CAPACITY = 120_000;

    /** The version of a day no rollup was ever kept for. */
    static final long NO_VERSION = 0;

    /** A day as read at one version; {@code resolutions} is null until they were asked for. */
    record Day(LocalDate day, long version, List<DailyRollup> rollups, List<RollupWindow.Resolution> resolutions) {

        int size() {
            return rollups.size() + (resolutions == null ? 0 : resolutions.size());
        }
    }

    private final LinkedHashMap<LocalDate, Day> days = new LinkedHashMap<>(128, 0.75f, true);
    private int size;

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
        size += day.size() - (was == null ? 0 : was.size());
        for (Iterator<Day> eldest = days.values().iterator(); size > CAPACITY && eldest.hasNext();) {
            Day e = eldest.next();
            if (e != day) {
                size -= e.size();
                eldest.remove();
            }
        }
    }

    synchronized int size() {
        return size;
    }
}
