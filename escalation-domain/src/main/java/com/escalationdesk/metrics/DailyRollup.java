package com.escalationdesk.metrics;

import com.escalationdesk.audit.CanonicalJson;
import com.escalationdesk.sla.SlaKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The figures of the tickets resolved on one UTC day that share a key: the team that took them in,
 * the team that resolved them, the teams they spent time at, the tier that resolved them, their
 * category and the reason of their first escalation. The dashboard adds up a period's rollups instead
 * of reading its tickets' facts; each fact's {@link RollupContribution} is added once and taken back
 * out when the fact changes.
 */
@Entity
@Table(name = "daily_rollup")
public class DailyRollup {

    @Id
    @Column(name = "rollup_key", length = 1000)
    private String key;

    @Column(name = "resolved_on", nullable = false)
    private LocalDate day;

    @Column(name = "first_team", length = 100)
    private String firstTeam;

    @Column(name = "resolved_team", length = 100)
    private String resolvedTeam;

    /** The teams the tickets spent time at, sorted, each between bars: {@code |Billing|Frontline|}. */
    @Column(name = "teams", length = 1000, nullable = false)
    private String teams;

    @Column(name = "tier")
    private Integer tier;

    @Column(name = "category", length = 40)
    private String category;

    @Column(name = "reason", length = 30)
    private String reason;

    @Column(name = "resolved", nullable = false)
    private long resolved;
    @Column(name = "escalated", nullable = false)
    private long escalated;
    @Column(name = "functional", nullable = false)
    private long functional;
    @Column(name = "hierarchical", nullable = false)
    private long hierarchical;
    @Column(name = "first_contact", nullable = false)
    private long firstContact;
    @Column(name = "one_touch", nullable = false)
    private long oneTouch;
    @Column(name = "calendar_us", nullable = false)
    private long calendarMicros;
    @Column(name = "business_s", nullable = false)
    private long businessSeconds;
    /** Creation to resolution, microseconds: {@link Histogram}. */
    @Column(name = "calendar_hist", length = 1000000)
    private String calendarHistogram;
    /** Business time to resolve, seconds: {@link Histogram}. */
    @Column(name = "business_hist", length = 1000000)
    private String businessHistogram;
    @Column(name = "bounces", nullable = false)
    private long bounces;
    @Column(name = "accepted", nullable = false)
    private long accepted;
    @Column(name = "accept_wait_s", nullable = false)
    private long acceptWaitSeconds;
    @Column(name = "sat_esc_sum", nullable = false)
    private long satisfactionEscalatedSum;
    @Column(name = "sat_esc_n", nullable = false)
    private long satisfactionEscalatedCount;
    @Column(name = "sat_not_sum", nullable = false)
    private long satisfactionNotEscalatedSum;
    @Column(name = "sat_not_n", nullable = false)
    private long satisfactionNotEscalatedCount;
    @Column(name = "eff_esc_sum", nullable = false)
    private long effortEscalatedSum;
    @Column(name = "eff_esc_n", nullable = false)
    private long effortEscalatedCount;
    @Column(name = "eff_not_sum", nullable = false)
    private long effortNotEscalatedSum;
    @Column(name = "eff_not_n", nullable = false)
    private long effortNotEscalatedCount;
    @Column(name = "exacerbated", nullable = false)
    private long exacerbated;
    @Column(name = "linked", nullable = false)
    private long linked;
    @Column(name = "breached", nullable = false)
    private long breached;
    @Column(name = "avoided", nullable = false)
    private long avoided;
    /** Per team, the seconds the tickets spent there and how many did: {@code {"Billing":"7200/3"}}. */
    @Column(name = "team_time", length = 100000)
    private String teamTime;
    /** Per kind of clock, met and ended: {@code {"RESOLUTION":"4/5"}}. */
    @Column(name = "sla", length = 1000)
    private String serviceLevels;

    /**
     * What {@link RollupTotals} reads, parsed once while the rollup stays unchanged: a server keeps the
     * rollups of recent days and adds them up on every dashboard. Never changed once made.
     */
    record Parsed(Histogram calendar, Histogram business, Map<String, long[]> teamTime, Map<SlaKind, long[]> serviceLevels,
            java.util.List<String> teamsHandled) {
    }

    private transient volatile Parsed parsed;

    protected DailyRollup() {
    }

    /** An empty rollup with the key of this contribution. */
    public DailyRollup(RollupContribution c) {
        keyParts(c);
        key = keyOf(c);
    }

    /** The parts of the contribution's key, each in its column. */
    private void keyParts(RollupContribution c) {
        day = c.day();
        firstTeam = c.firstTeam();
        resolvedTeam = c.resolvedTeam();
        teams = teams(c);
        tier = c.tier();
        category = c.category();
        reason = c.reason();
    }

    /** The one rollup of a single contribution, to add up with the others. */
    public static DailyRollup of(RollupContribution c) {
        DailyRollup one = new DailyRollup(c);
        one.add(c, 1);
        return one;
    }

    /**
     * The same as {@link #of} for adding up only: without its key and its columns' text, which a
     * dashboard adding up a day's resolutions one by one does not read.
     */
    static DailyRollup toAddUp(RollupContribution c) {
        DailyRollup one = new DailyRollup();
        one.keyParts(c);
        one.counts(c, 1);
        Histogram calendar = new Histogram();
        calendar.add(c.calendarMicros(), 1);
        Histogram business = new Histogram();
        business.add(c.businessSeconds(), 1);
        Map<String, long[]> time = new TreeMap<>();
        c.secondsAtTeam().forEach((team, seconds) -> time.put(team, new long[] {seconds, 1}));
        Map<SlaKind, long[]> sla = new EnumMap<>(SlaKind.class);
        c.slaEnded().forEach((kind, ended) -> {
            if (ended != 0) {
                sla.put(kind, new long[] {c.slaMet().getOrDefault(kind, 0), ended});
            }
        });
        one.parsed = new Parsed(calendar, business, time, sla, java.util.List.copyOf(new TreeSet<>(c.secondsAtTeam().keySet())));
        return one;
    }

    public static String keyOf(RollupContribution c) {
        Map<String, Object> key = new TreeMap<>();
        key.put("day", c.day().toString());
        key.put("first", c.firstTeam());
        key.put("resolved", c.resolvedTeam());
        key.put("teams", teams(c));
        key.put("tier", c.tier());
        key.put("category", c.category());
        key.put("reason", c.reason());
        return CanonicalJson.of(key);
    }

    private static String teams(RollupContribution c) {
        return "|" + String.join("|", new TreeSet<>(c.secondsAtTeam().keySet())) + "|";
    }

    /** The pattern of {@link #teams} that matches the rollups of tickets that spent time at the team. */
    public static String teamPattern(String team) {
        return "%|" + team.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "|%";
    }

    /** Adds the contribution ({@code sign} 1) or takes it back out (-1). */
    public void add(RollupContribution c, int sign) {
        if (!key.equals(keyOf(c))) {
            throw new IllegalArgumentException(keyOf(c) + " is not the rollup " + key);
        }
        // first what can refuse (a rollup that never had the resolution taken out), so that a refusal changes nothing
        String calendarAfter = plus(calendarHistogram, c.calendarMicros(), sign);
        String businessAfter = plus(businessHistogram, c.businessSeconds(), sign);
        calendarHistogram = calendarAfter;
        businessHistogram = businessAfter;
        counts(c, sign);
        Map<String, long[]> time = pairs(teamTime);
        c.secondsAtTeam().forEach((team, seconds) -> {
            long[] sumAndCount = time.computeIfAbsent(team, t -> new long[2]);
            sumAndCount[0] += sign * seconds;
            sumAndCount[1] += sign;
        });
        teamTime = write(time);
        Map<String, long[]> sla = pairs(serviceLevels);
        for (SlaKind kind : SlaKind.values()) {
            int ended = c.slaEnded().getOrDefault(kind, 0);
            if (ended != 0) {
                long[] metAndEnded = sla.computeIfAbsent(kind.name(), k -> new long[2]);
                metAndEnded[0] += (long) sign * c.slaMet().getOrDefault(kind, 0);
                metAndEnded[1] += (long) sign * ended;
            }
        }
        serviceLevels = write(sla);
        parsed = null;
    }

    /** Adds the contribution's counts and sums ({@code sign} 1) or takes them back out (-1). */
    private void counts(RollupContribution c, int sign) {
        resolved += sign;
        escalated += c.escalated() ? sign : 0;
        functional += c.functional() ? sign : 0;
        hierarchical += c.hierarchical() ? sign : 0;
        firstContact += c.firstContact() ? sign : 0;
        oneTouch += c.oneTouch() ? sign : 0;
        calendarMicros += sign * c.calendarMicros();
        businessSeconds += sign * c.businessSeconds();
        bounces += (long) sign * c.bounces();
        accepted += (long) sign * c.accepted();
        acceptWaitSeconds += sign * c.acceptWaitSeconds();
        if (c.satisfaction() != null) {
            if (c.escalated()) {
                satisfactionEscalatedSum += (long) sign * c.satisfaction();
                satisfactionEscalatedCount += sign;
            } else {
                satisfactionNotEscalatedSum += (long) sign * c.satisfaction();
                satisfactionNotEscalatedCount += sign;
            }
        }
        if (c.effort() != null) {
            if (c.escalated()) {
                effortEscalatedSum += (long) sign * c.effort();
                effortEscalatedCount += sign;
            } else {
                effortNotEscalatedSum += (long) sign * c.effort();
                effortNotEscalatedCount += sign;
            }
        }
        exacerbated += c.exacerbated() ? sign : 0;
        linked += c.linked() ? sign : 0;
        breached += c.breached() ? sign : 0;
        avoided += c.avoided() ? sign : 0;
    }

    /** Whether the rollup's tickets are in a view of these teams (null: the whole desk). */
    public boolean inView(java.util.Collection<String> teams) {
        return TeamView.holds(teams, firstTeam, resolvedTeam, teamsHandled());
    }

    /** Whether the rollup's tickets fall in the cut's category, tier and reason. */
    public boolean inCut(DashboardCut cut) {
        return cut.takes(category, null, tier, null, reason, null);
    }

    /** Whether every contribution was taken back out. */
    public boolean isEmpty() {
        return resolved == 0;
    }

    private static String plus(String histogram, long value, int sign) {
        Histogram h = Histogram.read(histogram);
        h.add(value, sign);
        return h.toString();
    }

    /** Reads a flat object of "a/b" pairs. */
    static Map<String, long[]> pairs(String json) {
        Map<String, long[]> pairs = new TreeMap<>();
        CanonicalJson.read(json).forEach((k, v) -> {
            int slash = v.indexOf('/');
            pairs.put(k, new long[] {Long.parseLong(v.substring(0, slash)), Long.parseLong(v.substring(slash + 1))});
        });
        return pairs;
    }

    private static String write(Map<String, long[]> pairs) {
        Map<String, String> json = new TreeMap<>();
        pairs.forEach((k, v) -> {
            if (v[0] != 0 || v[1] != 0) {
                json.put(k, v[0] + "/" + v[1]);
            }
        });
        return json.isEmpty() ? null : CanonicalJson.of(json);
    }

    /** The rollup's histograms and maps, parsed from its columns once. */
    Parsed parsed() {
        Parsed p = parsed;
        if (p == null) {
            Map<SlaKind, long[]> byKind = new EnumMap<>(SlaKind.class);
            pairs(serviceLevels).forEach((k, v) -> byKind.put(SlaKind.valueOf(k), v));
            p = new Parsed(Histogram.read(calendarHistogram), Histogram.read(businessHistogram), pairs(teamTime), byKind,
                    teams.length() <= 2 ? java.util.List.of() : java.util.List.of(teams.substring(1, teams.length() - 1).split("\\|")));
            parsed = p;
        }
        return p;
    }

    /** The teams the tickets spent time at. */
    java.util.List<String> teamsHandled() {
        return parsed().teamsHandled();
    }

    public LocalDate getDay() {
        return day;
    }

    public String getKey() {
        return key;
    }

    String getFirstTeam() {
        return firstTeam;
    }

    Integer getTier() {
        return tier;
    }

    String getReason() {
        return reason;
    }

    public long resolved() {
        return resolved;
    }

    public long escalated() {
        return escalated;
    }

    long functional() {
        return functional;
    }

    long hierarchical() {
        return hierarchical;
    }

    public long firstContact() {
        return firstContact;
    }

    long oneTouch() {
        return oneTouch;
    }

    long calendarMicros() {
        return calendarMicros;
    }

    long businessSeconds() {
        return businessSeconds;
    }

    long bounces() {
        return bounces;
    }

    long accepted() {
        return accepted;
    }

    long acceptWaitSeconds() {
        return acceptWaitSeconds;
    }

    long[] satisfaction(boolean escalated) {
        return escalated ? new long[] {satisfactionEscalatedSum, satisfactionEscalatedCount}
                : new long[] {satisfactionNotEscalatedSum, satisfactionNotEscalatedCount};
    }

    long[] effort(boolean escalated) {
        return escalated ? new long[] {effortEscalatedSum, effortEscalatedCount}
                : new long[] {effortNotEscalatedSum, effortNotEscalatedCount};
    }

    long exacerbated() {
        return exacerbated;
    }

    long linked() {
        return linked;
    }

    long breached() {
        return breached;
    }

    long avoided() {
        return avoided;
    }

    /** A unit of the calendar histogram. */
    static final Duration MICRO = Duration.ofNanos(1_000);
}
