package com.escalationdesk.sla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The desk's business-time arithmetic ({@link BusinessHours}, {@link ClockLedger}) against a
 * deliberately simple, independent counter: it walks real time minute by minute from the clock's
 * start and, for each minute, asks whether the clock was running and what the zone's local clock read
 * (from the zone's offset at that instant, nothing else), then counts the minute when that reading
 * lies on a working date within the stated hours. Calendars, zones, starts, pauses and targets are
 * generated; half of the starts lie within three days of a daylight-saving change of 2026 or 2027 in
 * their zone (Lord Howe's half-hour change included), and the working hours favour the minutes around
 * those changes and 24:00. The desk must agree exactly on when the target is due and on the business
 * time elapsed at a later moment. All times are whole minutes, as the zones' changes are, so a minute
 * is wholly counted or not at all.
 *
 * <p>Each run draws a new seed and prints it; every case has its own seed, derived from the run's,
 * so a disagreement names the case that reproduces it ({@code -Dbusinesstime.seed=...} repeats a
 * run).
 */
class BusinessTimeDifferentialTest {

    static final List<ZoneId> ZONES = Stream.of("Europe/Berlin", "America/New_York", "Asia/Kolkata",
            "Australia/Lord_Howe", "Pacific/Apia", "UTC").map(ZoneId::of).toList();

    private static final Instant FROM = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant UNTIL = Instant.parse("2027-12-31T00:00:00Z");
    /** Minutes of the day where daylight-saving changes happen, and the day's ends. */
    private static final List<Integer> EDGES = List.of(0, 60, 90, 105, 120, 135, 150, 165, 180, 210, 240, 1380, 1410, 1440);
    /** The counter gives up after this many minutes; the generated targets are reached well before. */
    private static final long MAX_WALK = 200L * 24 * 60;

    /**
     * One generated case. Working hours per day as [from, until) minutes of the local day, 1440 being
     * 24:00; the clock pauses and resumes in turn at the given minutes after its start.
     */
    record Case(ZoneId zone, boolean roundTheClock, Map<DayOfWeek, List<int[]>> week, Set<LocalDate> holidays,
            Instant start, List<Integer> switches, int target, int now) {

        @Override
        public String toString() {
            String hours = roundTheClock ? "24x7" : week.entrySet().stream().map(e -> e.getKey() + " " + e.getValue().stream()
                    .map(r -> hhmm(r[0]) + "-" + hhmm(r[1])).collect(Collectors.joining(" "))).collect(Collectors.joining("; "));
            return zone + " [" + hours + "] holidays " + holidays + ", start " + start + ", switches " + switches
                    + " min, target " + target + " min, elapsed at +" + now + " min";
        }

        private static String hhmm(int minutes) {
            return String.format("%02d:%02d", minutes / 60, minutes % 60);
        }
    }

    /** What the counter saw: when the target was reached (null: never, the clock stayed paused) and the count at "now". */
    record Counted(Instant due, long elapsedAtNow) {
    }

    static final int CASES = 10_000;

    @Test
    void theDueTimeAndTheElapsedTimeAgreeWithAMinuteByMinuteCounterOverTenThousandGeneratedCases() {
        long runSeed = Long.getLong("businesstime.seed", new SplittableRandom().nextLong());
        SplittableRandom seeds = new SplittableRandom(runSeed);
        List<String> disagreements = new ArrayList<>();
        Map<String, Integer> zones = new TreeMap<>();
        int reached = 0;
        int nearAChange = 0;
        for (int i = 0; i < CASES; i++) {
            long caseSeed = seeds.nextLong();
            Case c = generate(new SplittableRandom(caseSeed));
            zones.merge(c.zone().getId(), 1, Integer::sum);
            nearAChange += nearAChange(c) ? 1 : 0;
            Counted counted = count(c);
            reached += counted.due() == null ? 0 : 1;
            ClockLedger ledger = ledger(c);
            BusinessHours hours = desk(c);
            Instant due = ledger.dueAt(hours, Duration.ofMinutes(c.target()));
            Duration elapsed = ledger.elapsed(hours, c.start().plus(Duration.ofMinutes(c.now())));
            if (!Objects.equals(due, counted.due()) || !elapsed.equals(Duration.ofMinutes(counted.elapsedAtNow()))) {
                disagreements.add("case " + caseSeed + ": " + c + ": the desk says due " + due + ", elapsed " + elapsed
                        + "; the counter says due " + counted.due() + ", elapsed " + counted.elapsedAtNow() + " min");
            }
        }
        System.out.printf("Business time against the minute counter: %d cases (seed %d), %d due times reached, %d starts"
                + " within three days of an offset change, by zone %s: %d disagreements%n", CASES, runSeed, reached,
                nearAChange, zones, disagreements.size());
        assertThat(zones).as("every zone is drawn").hasSize(ZONES.size());
        assertThat(reached).as("most targets are reached, some clocks stay paused short of them")
                .isBetween(CASES / 2, CASES - CASES / 20);
        assertThat(disagreements).as("run seed %d", runSeed).isEmpty();
    }

    private static ClockLedger ledger(Case c) {
        ClockLedger ledger = ClockLedger.startedAt(c.start());
        for (int i = 0; i < c.switches().size(); i++) {
            Instant at = c.start().plus(Duration.ofMinutes(c.switches().get(i)));
            if (i % 2 == 0) {
                ledger.pause(at);
            } else {
                ledger.resume(at);
            }
        }
        return ledger;
    }

    private static BusinessHours desk(Case c) {
        if (c.roundTheClock()) {
            return BusinessHours.roundTheClock(c.zone(), c.holidays());
        }
        Map<DayOfWeek, List<OpeningHours>> week = new EnumMap<>(DayOfWeek.class);
        c.week().forEach((day, ranges) -> week.put(day, ranges.stream().map(r -> new OpeningHours(
                LocalTime.ofSecondOfDay(r[0] * 60L), r[1] == 1440 ? LocalTime.MAX : LocalTime.ofSecondOfDay(r[1] * 60L))).toList()));
        return BusinessHours.of(c.zone(), week, c.holidays());
    }

    /** The independent counter: real time, minute by minute. */
    static Counted count(Case c) {
        ZoneRules rules = c.zone().getRules();
        boolean running = true;
        int nextSwitch = 0;
        long counted = 0;
        long atNow = -1;
        Instant due = null;
        for (long m = 0; m < MAX_WALK; m++) {
            if (m == c.now()) {
                atNow = counted;
            }
            while (nextSwitch < c.switches().size() && c.switches().get(nextSwitch) == m) {
                running = !running;
                nextSwitch++;
            }
            boolean pausedForGood = !running && nextSwitch == c.switches().size();
            if (atNow >= 0 && (due != null || pausedForGood)) {
                return new Counted(due, atNow);
            }
            Instant minute = c.start().plusSeconds(60 * m);
            if (running && open(c, rules, minute)) {
                counted++;
                if (counted == c.target()) {
                    due = minute.plusSeconds(60);
                }
            }
        }
        throw new AssertionError("the counter found no due time within " + MAX_WALK + " minutes: " + c);
    }

    /** Whether the minute starting at the instant counts: the local reading's date and time of day. */
    static boolean open(Case c, ZoneRules rules, Instant minute) {
        ZoneOffset offset = rules.getOffset(minute);
        long local = minute.getEpochSecond() + offset.getTotalSeconds();
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(local, 86_400));
        if (c.holidays().contains(date)) {
            return false;
        }
        if (c.roundTheClock()) {
            return true;
        }
        int minuteOfDay = (int) (Math.floorMod(local, 86_400) / 60);
        for (int[] range : c.week().getOrDefault(date.getDayOfWeek(), List.of())) {
            if (minuteOfDay >= range[0] && minuteOfDay < range[1]) {
                return true;
            }
        }
        return false;
    }

    /** One case: a zone, working hours or round the clock, holidays, a start, pauses, a target and a later moment. */
    static Case generate(SplittableRandom random) {
        ZoneId zone = ZONES.get(random.nextInt(ZONES.size()));
        boolean roundTheClock = random.nextInt(10) == 0;
        Map<DayOfWeek, List<int[]>> week = new EnumMap<>(DayOfWeek.class);
        while (!roundTheClock && week.isEmpty()) {
            for (DayOfWeek day : DayOfWeek.values()) {
                List<int[]> ranges = day(random);
                if (!ranges.isEmpty()) {
                    week.put(day, ranges);
                }
            }
        }
        Instant start = start(zone, random);
        LocalDate first = LocalDate.ofInstant(start, zone);
        Set<LocalDate> holidays = new TreeSet<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            holidays.add(first.plusDays(random.nextInt(-2, 13)));
        }
        TreeSet<Integer> switches = new TreeSet<>();
        for (int n = random.nextInt(5); n > 0; n--) {
            switches.add(random.nextInt(1, 7 * 1440 + 1));
        }
        int weekly = roundTheClock ? 7 * 1440 : week.values().stream().flatMap(List::stream).mapToInt(r -> r[1] - r[0]).sum();
        // at most two weeks' worth of business time, so that the walk stays short
        int target = Math.max(1, Math.min(random.nextInt(1, 3001), 2 * weekly));
        return new Case(zone, roundTheClock, week, holidays, start, List.copyOf(switches), target,
                random.nextInt(0, 14 * 1440 + 1));
    }

    /** One day's working hours: none to three ranges, their edges often where clocks change and at 24:00. */
    private static List<int[]> day(SplittableRandom random) {
        int draw = random.nextInt(10);
        int count = draw < 3 ? 0 : draw < 7 ? 1 : draw < 9 ? 2 : 3;
        TreeSet<Integer> edges = new TreeSet<>();
        while (edges.size() < 2 * count) {
            edges.add(random.nextBoolean() ? EDGES.get(random.nextInt(EDGES.size())) : random.nextInt(0, 1441));
        }
        List<Integer> sorted = List.copyOf(edges);
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i += 2) {
            ranges.add(new int[] {sorted.get(i), sorted.get(i + 1)});
        }
        return ranges;
    }

    /** A whole minute in 2026 or 2027; half of them within three days before or one after a change of the zone's offset. */
    private static Instant start(ZoneId zone, SplittableRandom random) {
        List<Instant> changes = changes(zone);
        if (changes.isEmpty() || random.nextBoolean()) {
            long minute = random.nextLong(FROM.getEpochSecond() / 60, UNTIL.getEpochSecond() / 60);
            return Instant.ofEpochSecond(minute * 60);
        }
        return changes.get(random.nextInt(changes.size())).plus(Duration.ofMinutes(random.nextInt(-3 * 1440, 1441)));
    }

    private static boolean nearAChange(Case c) {
        return changes(c.zone()).stream().anyMatch(change -> Math.abs(Duration.between(c.start(), change).toMinutes()) <= 3 * 1440);
    }

    /** The zone's offset changes in 2026 and 2027. */
    private static List<Instant> changes(ZoneId zone) {
        List<Instant> changes = new ArrayList<>();
        for (ZoneOffsetTransition t = zone.getRules().nextTransition(FROM); t != null && t.getInstant().isBefore(UNTIL);
                t = zone.getRules().nextTransition(t.getInstant())) {
            changes.add(t.getInstant());
        }
        return changes;
    }
}
