package com.escalationdesk.sla;

import com.escalationdesk.shared.RuleViolation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arithmetic of business time in one time zone: weekly working hours, holidays, or round the
 * clock. Working hours are local times, so a day's hours stay 08:00–17:00 across daylight-saving
 * changes, and a day that loses or gains an hour has that much less or more working time.
 */
public final class BusinessHours {

    /** How far ahead to look for working time before concluding there is none. */
    private static final int MAX_DAYS = 3 * 366;

    private final ZoneId zone;
    private final boolean roundTheClock;
    private final Map<DayOfWeek, List<OpeningHours>> week;
    private final Set<LocalDate> holidays;

    private BusinessHours(ZoneId zone, boolean roundTheClock, Map<DayOfWeek, List<OpeningHours>> week,
            Set<LocalDate> holidays) {
        this.zone = RuleViolation.require(zone, "The time zone");
        this.roundTheClock = roundTheClock;
        this.week = new EnumMap<>(DayOfWeek.class);
        week.forEach((day, hours) -> this.week.put(day, sortedWithoutOverlap(day, hours)));
        this.holidays = Set.copyOf(holidays);
        if (!roundTheClock && this.week.values().stream().allMatch(List::isEmpty)) {
            throw new RuleViolation("A calendar needs working hours on at least one day of the week.");
        }
    }

    /** Always open: 24 hours a day, 7 days a week, no holidays. */
    public static BusinessHours roundTheClock(ZoneId zone) {
        return new BusinessHours(zone, true, Map.of(), Set.of());
    }

    public static BusinessHours of(ZoneId zone, Map<DayOfWeek, List<OpeningHours>> week, Set<LocalDate> holidays) {
        return new BusinessHours(zone, false, RuleViolation.require(week, "The working hours"),
                holidays == null ? Set.of() : holidays);
    }

    private static List<OpeningHours> sortedWithoutOverlap(DayOfWeek day, List<OpeningHours> hours) {
        List<OpeningHours> sorted = hours.stream().sorted(Comparator.comparing(OpeningHours::from)).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).from().isBefore(sorted.get(i - 1).until())) {
                throw new RuleViolation("Working hours on " + day + " overlap: " + sorted.get(i - 1) + " and " + sorted.get(i) + ".");
            }
        }
        return sorted;
    }

    /** The moment that much business time after the start (the start itself when the duration is zero). */
    public Instant plus(Instant start, Duration businessTime) {
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("Business time cannot be negative: " + businessTime);
        }
        if (roundTheClock) {
            return start.plus(businessTime);
        }
        Duration left = businessTime;
        LocalDate day = start.atZone(zone).toLocalDate();
        for (int i = 0; i < MAX_DAYS; i++, day = day.plusDays(1)) {
            for (Instant[] open : openIntervals(day)) {
                Instant from = open[0].isBefore(start) ? start : open[0];
                if (!from.isBefore(open[1])) {
                    continue;
                }
                Duration available = Duration.between(from, open[1]);
                if (available.compareTo(left) >= 0) {
                    return from.plus(left);
                }
                left = left.minus(available);
            }
        }
        throw new RuleViolation("The calendar has no working time in the next three years.");
    }

    /** How much business time lies between two moments (zero when the end is not after the start). */
    public Duration between(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            return Duration.ZERO;
        }
        if (roundTheClock) {
            return Duration.between(start, end);
        }
        Duration total = Duration.ZERO;
        LocalDate last = end.atZone(zone).toLocalDate();
        for (LocalDate day = start.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            for (Instant[] open : openIntervals(day)) {
                Instant from = open[0].isBefore(start) ? start : open[0];
                Instant until = open[1].isAfter(end) ? end : open[1];
                if (until.isAfter(from)) {
                    total = total.plus(Duration.between(from, until));
                }
            }
        }
        return total;
    }

    /** The moment itself when it falls within working time, else the start of the next working stretch. */
    public Instant nextOpen(Instant moment) {
        return plus(moment, Duration.ZERO);
    }

    /** Whether the moment falls within working time. */
    public boolean isOpen(Instant moment) {
        if (roundTheClock) {
            return true;
        }
        return openIntervals(moment.atZone(zone).toLocalDate()).stream()
                .anyMatch(open -> !moment.isBefore(open[0]) && moment.isBefore(open[1]));
    }

    /** A day's working intervals as instants; a local time skipped by a clock change moves forward. */
    private List<Instant[]> openIntervals(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        return week.getOrDefault(day.getDayOfWeek(), List.of()).stream()
                .map(h -> new Instant[] {ZonedDateTime.of(day, h.from(), zone).toInstant(),
                        ZonedDateTime.of(day, h.until(), zone).toInstant()})
                .filter(i -> i[1].isAfter(i[0]))
                .toList();
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isRoundTheClock() {
        return roundTheClock;
    }
}
