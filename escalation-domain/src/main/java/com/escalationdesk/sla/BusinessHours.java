package com.escalationdesk.sla;

import com.escalationdesk.shared.RuleViolation;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The arithmetic of business time in one time zone: weekly working hours, holidays, or round the
 * clock. Working hours are local times, so a day's hours stay 08:00–17:00 across daylight-saving
 * changes, and a day that loses or gains an hour has that much less or more working time.
 *
 * <p>Working time is the set of real instants whose local clock reading falls on a working date,
 * within that day's stated hours ({@code 24:00} being the next day's start). Each day's hours become
 * intervals of instants, split wherever the zone's offset changes, so that:
 * <ul>
 * <li>an edge inside a skipped hour (spring forward) counts from or until the moment the clock jumps
 *     past it, and a range wholly inside the skipped hour counts nothing;
 * <li>a range over a repeated hour (fall back) counts it each time the clock shows it;
 * <li>business time never runs faster than real time: an instant is counted once at most.
 * </ul>
 */
public final class BusinessHours {

    /** How far ahead to look for working time before concluding there is none. */
    private static final int MAX_DAYS = 3 * 366;

    /** A whole local day, 00:00 to 24:00: the hours of a round-the-clock calendar that has holidays. */
    private static final List<OpeningHours> ALL_DAY = List.of(new OpeningHours(LocalTime.MIDNIGHT, LocalTime.MAX));

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
        return roundTheClock(zone, Set.of());
    }

    /** Open every hour of every day but the holidays, which count nothing from 00:00 to 24:00 local time. */
    public static BusinessHours roundTheClock(ZoneId zone, Set<LocalDate> holidays) {
        return new BusinessHours(zone, true, Map.of(), holidays == null ? Set.of() : holidays);
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
        if (alwaysOpen()) {
            return start.plus(businessTime);
        }
        Duration left = businessTime;
        for (Stretches open = new Stretches(start, localDate(start).plusDays(MAX_DAYS)); open.hasNext(); ) {
            Stretch stretch = open.next();
            Instant from = stretch.from().isBefore(start) ? start : stretch.from();
            if (!from.isBefore(stretch.until())) {
                continue;
            }
            Duration available = Duration.between(from, stretch.until());
            if (available.compareTo(left) >= 0) {
                return from.plus(left);
            }
            left = left.minus(available);
        }
        throw new RuleViolation("The calendar has no working time in the next three years.");
    }

    /** How much business time lies between two moments (zero when the end is not after the start). */
    public Duration between(Instant start, Instant end) {
        if (!end.isAfter(start)) {
            return Duration.ZERO;
        }
        if (alwaysOpen()) {
            return Duration.between(start, end);
        }
        Duration total = Duration.ZERO;
        for (Stretches open = new Stretches(start, localDate(end).plusDays(1)); open.hasNext(); ) {
            Stretch stretch = open.next();
            if (!stretch.from().isBefore(end)) {
                break;
            }
            Instant from = stretch.from().isBefore(start) ? start : stretch.from();
            Instant until = stretch.until().isAfter(end) ? end : stretch.until();
            if (until.isAfter(from)) {
                total = total.plus(Duration.between(from, until));
            }
        }
        return total;
    }

    /** The moment itself when it falls within working time, else the start of the next working stretch. */
    public Instant nextOpen(Instant moment) {
        return plus(moment, Duration.ZERO);
    }

    /** Whether the moment falls within working time: its local clock reading lies within the day's hours. */
    public boolean isOpen(Instant moment) {
        if (alwaysOpen()) {
            return true;
        }
        LocalDateTime reading = LocalDateTime.ofInstant(moment, zone);
        return hoursOn(reading.toLocalDate()).stream().anyMatch(h -> !reading.toLocalTime().isBefore(h.from())
                && (endsAtMidnight(h) || reading.toLocalTime().isBefore(h.until())));
    }

    private boolean alwaysOpen() {
        return roundTheClock && holidays.isEmpty();
    }

    private List<OpeningHours> hoursOn(LocalDate day) {
        if (holidays.contains(day)) {
            return List.of();
        }
        return roundTheClock ? ALL_DAY : week.getOrDefault(day.getDayOfWeek(), List.of());
    }

    private static boolean endsAtMidnight(OpeningHours hours) {
        return hours.until().equals(LocalTime.MAX);
    }

    private LocalDate localDate(Instant moment) {
        return LocalDate.ofInstant(moment, zone);
    }

    /** A stretch of working time between two instants, the end excluded. */
    private record Stretch(Instant from, Instant until) {
    }

    /**
     * A day's working time as stretches of instants: for each range of the day's hours, the instants
     * whose local reading lies from its start (included) to its end (excluded; 24:00 is the next
     * day's 00:00). Within a stretch of constant offset, a local reading maps to exactly one instant,
     * so each range is cut at the zone's offset changes and each piece mapped with its own offset.
     */
    private void addStretches(LocalDate day, List<Stretch> into) {
        ZoneRules rules = zone.getRules();
        for (OpeningHours hours : hoursOn(day)) {
            LocalDateTime from = day.atTime(hours.from());
            LocalDateTime until = endsAtMidnight(hours) ? day.plusDays(1).atStartOfDay() : day.atTime(hours.until());
            // the instants that can read so lie within the widest offsets either side
            Instant piece = from.toInstant(ZoneOffset.MAX);
            Instant last = until.toInstant(ZoneOffset.MIN);
            while (piece.isBefore(last)) {
                ZoneOffsetTransition change = rules.nextTransition(piece);
                Instant pieceEnd = change == null || change.getInstant().isAfter(last) ? last : change.getInstant();
                ZoneOffset offset = rules.getOffset(piece);
                Instant open = max(piece, from.toInstant(offset));
                Instant close = min(pieceEnd, until.toInstant(offset));
                if (open.isBefore(close)) {
                    into.add(new Stretch(open, close));
                }
                piece = pieceEnd;
            }
        }
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * The working stretches in time order from a day before the given moment's local date. Where the
     * clock goes back across midnight, a day's stretches can come after some of the next day's, so
     * days are read two ahead of the earliest stretch not yet handed out before it is handed out.
     */
    private final class Stretches implements Iterator<Stretch> {

        private final PriorityQueue<Stretch> ahead = new PriorityQueue<>(Comparator.comparing(Stretch::from));
        private final List<Stretch> day = new ArrayList<>();
        private final LocalDate lastDay;
        private LocalDate nextDay;

        Stretches(Instant from, LocalDate lastDay) {
            this.nextDay = localDate(from).minusDays(1);
            this.lastDay = lastDay;
        }

        @Override
        public boolean hasNext() {
            while (!nextDay.isAfter(lastDay)
                    && (ahead.isEmpty() || !nextDay.isAfter(localDate(ahead.peek().from()).plusDays(2)))) {
                day.clear();
                addStretches(nextDay, day);
                ahead.addAll(day);
                nextDay = nextDay.plusDays(1);
            }
            return !ahead.isEmpty();
        }

        @Override
        public Stretch next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return ahead.poll();
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public boolean isRoundTheClock() {
        return roundTheClock;
    }
}
