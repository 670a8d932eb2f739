package com.escalationdesk.metrics;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * The period a dashboard covers, and the one it is compared with: the last so many days up to now
 * (against the as many days before), or a calendar day, ISO week (Monday to Sunday) or month in UTC
 * (against the whole day, week or month before). A calendar period that has not ended yet covers
 * what has passed of it.
 */
public sealed interface ReportPeriod extends Serializable permits ReportPeriod.LastDays, ReportPeriod.Calendar {

    /** The most days a rolling period covers: two years. */
    int MAX_DAYS = 731;

    /** Where the period lies at {@code now}: [from, to) and the period before it, [previousFrom, from), in words too. */
    record Span(Instant from, Instant to, Instant previousFrom, String words, String previousWords) implements Serializable {
    }

    Span span(Instant now);

    /** In the dashboard's address: the number of days, or day / week / month. */
    String parameter();

    record LastDays(int days) implements ReportPeriod {

        public LastDays {
            if (days < 1 || days > MAX_DAYS) {
                throw new IllegalArgumentException("A dashboard covers 1 to " + MAX_DAYS + " days.");
            }
        }

        @Override
        public Span span(Instant now) {
            Instant to = now.plusNanos(1_000); // up to and including this moment: a ticket resolved just now counts
            Instant from = now.minus(Duration.ofDays(days));
            return new Span(from, to, from.minus(Duration.ofDays(days)), "the last " + days + " days",
                    "the " + days + " days before");
        }

        @Override
        public String parameter() {
            return Integer.toString(days);
        }
    }

    enum Unit {
        DAY, WEEK, MONTH
    }

    record Calendar(Unit unit, LocalDate at) implements ReportPeriod {

        private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);
        private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);

        public Calendar {
            if (unit == null || at == null) {
                throw new IllegalArgumentException("A calendar period is a day, a week or a month, and a date in it.");
            }
        }

        public LocalDate start() {
            return switch (unit) {
                case DAY -> at;
                case WEEK -> at.with(DayOfWeek.MONDAY);
                case MONTH -> at.withDayOfMonth(1);
            };
        }

        private LocalDate next(LocalDate d, int n) {
            return switch (unit) {
                case DAY -> d.plusDays(n);
                case WEEK -> d.plusWeeks(n);
                case MONTH -> d.plusMonths(n);
            };
        }

        @Override
        public Span span(Instant now) {
            LocalDate start = start();
            Instant from = start.atStartOfDay(ZoneOffset.UTC).toInstant();
            if (from.isAfter(now)) {
                throw new IllegalArgumentException("That " + unit.name().toLowerCase(Locale.ROOT) + " has not begun yet.");
            }
            Instant end = next(start, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
            Instant to = end.isAfter(now) ? now.plusNanos(1_000) : end;
            String so = end.isAfter(now) ? ", so far" : "";
            return switch (unit) {
                case DAY -> new Span(from, to, next(start, -1).atStartOfDay(ZoneOffset.UTC).toInstant(), DAY.format(start) + so,
                        "the day before");
                case WEEK -> new Span(from, to, next(start, -1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        "the week from Monday " + start.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)) + so,
                        "the week before");
                case MONTH -> new Span(from, to, next(start, -1).atStartOfDay(ZoneOffset.UTC).toInstant(), MONTH.format(start) + so,
                        "the month before");
            };
        }

        @Override
        public String parameter() {
            return unit.name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * Reads the dashboard's period: {@code period} a number of days or day / week / month (null: the
     * last {@code days} days), {@code at} a date in the calendar period (null: today, UTC).
     */
    static ReportPeriod of(String period, String at, int days, LocalDate today) {
        if (period == null || period.isBlank()) {
            return new LastDays(days);
        }
        String p = period.strip().toLowerCase(Locale.ROOT);
        if (p.matches("\\d{1,4}")) {
            return new LastDays(Integer.parseInt(p));
        }
        Unit unit;
        try {
            unit = Unit.valueOf(p.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("A period is a number of days, or day, week or month, not \""
                    + (p.length() > 20 ? p.substring(0, 20) + "…" : p) + "\".");
        }
        LocalDate date;
        try {
            date = at == null || at.isBlank() ? today : LocalDate.parse(at.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Give the date as 2026-11-30.");
        }
        return new Calendar(unit, date);
    }
}
