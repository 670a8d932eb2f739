package com.escalationdesk.metrics;

import com.escalationdesk.approval.Money;
import com.escalationdesk.sla.SlaKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The daily rollups of a period added up, and the dashboard's figures read from the sums: the same
 * figures, by the same definitions, as {@link PeriodFigures#of}, {@link TierFunnel#of},
 * {@link EscalationCost#of} and {@link ServiceLevelCompliance#of} read from the period's facts
 * (RollupTotalsTest checks that the two agree).
 */
public final class RollupTotals {

    /** The part of a rollup's key the funnel, the cost and the charts split by. */
    private record Cell(String firstTeam, List<String> teams, Integer tier, String reason) {
    }

    private long resolved;
    private long escalated;
    private long functional;
    private long hierarchical;
    private long firstContact;
    private long oneTouch;
    private long calendarMicros;
    private long businessSeconds;
    private final Histogram calendar = new Histogram();
    private final Histogram business = new Histogram();
    private long bounces;
    private long accepted;
    private long acceptWaitSeconds;
    private final long[][] satisfaction = new long[2][2];
    private final long[][] effort = new long[2][2];
    private long exacerbated;
    private long linked;
    private long breached;
    private final Map<String, long[]> teamTime = new TreeMap<>();
    private final Map<SlaKind, long[]> serviceLevels = new EnumMap<>(SlaKind.class);
    /** Per cell: resolved, escalated functionally, avoided through knowledge. */
    private final Map<Cell, long[]> cells = new HashMap<>();

    public RollupTotals add(DailyRollup r) {
        resolved += r.resolved();
        escalated += r.escalated();
        functional += r.functional();
        hierarchical += r.hierarchical();
        firstContact += r.firstContact();
        oneTouch += r.oneTouch();
        calendarMicros += r.calendarMicros();
        businessSeconds += r.businessSeconds();
        DailyRollup.Parsed parsed = r.parsed();
        calendar.addAll(parsed.calendar());
        business.addAll(parsed.business());
        bounces += r.bounces();
        accepted += r.accepted();
        acceptWaitSeconds += r.acceptWaitSeconds();
        for (int e = 0; e < 2; e++) {
            add(satisfaction[e], r.satisfaction(e == 1));
            add(effort[e], r.effort(e == 1));
        }
        exacerbated += r.exacerbated();
        linked += r.linked();
        breached += r.breached();
        parsed.teamTime().forEach((team, v) -> add(teamTime.computeIfAbsent(team, t -> new long[2]), v));
        parsed.serviceLevels().forEach((kind, v) -> add(serviceLevels.computeIfAbsent(kind, k -> new long[2]), v));
        add(cells.computeIfAbsent(new Cell(r.getFirstTeam(), parsed.teamsHandled(), r.getTier(), r.getReason()), c -> new long[3]),
                new long[] {r.resolved(), r.functional(), r.avoided()});
        return this;
    }

    public RollupTotals addAll(Iterable<DailyRollup> rollups) {
        rollups.forEach(this::add);
        return this;
    }

    /**
     * Adds the sums of other rollups, which are only read: a server keeps a recent day's rollups added
     * up once per view, and a dashboard adds up days instead of the rollups within them.
     */
    public RollupTotals add(RollupTotals o) {
        resolved += o.resolved;
        escalated += o.escalated;
        functional += o.functional;
        hierarchical += o.hierarchical;
        firstContact += o.firstContact;
        oneTouch += o.oneTouch;
        calendarMicros += o.calendarMicros;
        businessSeconds += o.businessSeconds;
        calendar.addAll(o.calendar);
        business.addAll(o.business);
        bounces += o.bounces;
        accepted += o.accepted;
        acceptWaitSeconds += o.acceptWaitSeconds;
        for (int e = 0; e < 2; e++) {
            add(satisfaction[e], o.satisfaction[e]);
            add(effort[e], o.effort[e]);
        }
        exacerbated += o.exacerbated;
        linked += o.linked;
        breached += o.breached;
        o.teamTime.forEach((team, v) -> add(teamTime.computeIfAbsent(team, t -> new long[2]), v));
        o.serviceLevels.forEach((kind, v) -> add(serviceLevels.computeIfAbsent(kind, k -> new long[2]), v));
        o.cells.forEach((cell, v) -> add(cells.computeIfAbsent(cell, k -> new long[3]), v));
        return this;
    }

    /**
     * These sums made ready to be added to others many times, from many threads: the histograms sorted
     * and merged once, and nothing changed any more.
     */
    public RollupTotals settled() {
        calendar.settle();
        business.settle();
        return this;
    }

    /** About the bytes the sums take, for a copy that keeps many of them within a budget. */
    public long bytes() {
        return 600 + 150L * cells.size() + 100L * teamTime.size() + 16L * (calendar.entries() + business.entries());
    }

    /** The tickets resolved, escalated and resolved at first contact: what the trend's weeks need. */
    public long[] counts() {
        return new long[] {resolved, escalated, firstContact};
    }

    private static void add(long[] sum, long[] more) {
        for (int i = 0; i < sum.length; i++) {
            sum[i] += more[i];
        }
    }

    public ResolutionMetrics resolution() {
        return new ResolutionMetrics((int) resolved, new Share(escalated, resolved), new Share(functional, resolved),
                new Share(hierarchical, resolved), new Share(firstContact, resolved), new Share(oneTouch, resolved),
                calendar.durations(calendarMicros, DailyRollup.MICRO), business.durations(businessSeconds, Duration.ofSeconds(1)));
    }

    public PeriodFigures figures() {
        Map<String, Duration> meanAtTeam = new TreeMap<>();
        teamTime.forEach((team, s) -> {
            if (s[1] > 0) {
                meanAtTeam.put(team, Duration.ofSeconds(s[0] / s[1]));
            }
        });
        return new PeriodFigures(resolution(), new Share(bounces, bounces + accepted),
                accepted == 0 ? null : Duration.ofSeconds(acceptWaitSeconds / accepted), mean(satisfaction[1]), mean(satisfaction[0]),
                mean(effort[1]), mean(effort[0]), new Share(exacerbated, resolved), new Share(linked, resolved),
                new Share(breached, resolved), meanAtTeam);
    }

    /** The mean to one decimal (half up), as {@link PeriodFigures} takes it; null when nobody answered. */
    private static BigDecimal mean(long[] sumAndCount) {
        return sumAndCount[1] == 0 ? null
                : BigDecimal.valueOf(sumAndCount[0]).divide(BigDecimal.valueOf(sumAndCount[1]), 1, RoundingMode.HALF_UP);
    }

    public Map<SlaKind, Share> serviceLevels() {
        Map<SlaKind, Share> compliance = new EnumMap<>(SlaKind.class);
        for (SlaKind kind : SlaKind.values()) {
            long[] v = serviceLevels.getOrDefault(kind, new long[2]);
            compliance.put(kind, new Share(v[0], v[1]));
        }
        return compliance;
    }

    public TierFunnel funnel(Map<String, Integer> tierOfTeam, int tiers) {
        Map<Integer, Long> byHighest = new TreeMap<>();
        cells.forEach((cell, v) -> byHighest.merge(tiersHandled(cell, tierOfTeam).stream().reduce(1, Math::max), v[0], Long::sum));
        return TierFunnel.ofHighest(byHighest, tiers);
    }

    /** The tickets escalated to another team, by the reason of their first escalation (null: not recorded). */
    public Map<String, Long> escalatedByReason() {
        Map<String, Long> counts = new HashMap<>();
        cells.forEach((cell, v) -> {
            if (v[1] > 0) {
                counts.merge(cell.reason(), v[1], Long::sum);
            }
        });
        return counts;
    }

    /** The same by the team that took them in. */
    public Map<String, Long> escalatedByTeam() {
        Map<String, Long> counts = new HashMap<>();
        cells.forEach((cell, v) -> {
            if (v[1] > 0) {
                counts.merge(cell.firstTeam(), v[1], Long::sum);
            }
        });
        return counts;
    }

    public EscalationCost cost(Map<String, Integer> tierOfTeam, Map<Integer, Money> costOfTier) {
        EscalationCost.Builder cost = new EscalationCost.Builder(costOfTier);
        cells.forEach((cell, v) -> cost.add(tiersHandled(cell, tierOfTeam), cell.tier(), cell.reason(), cell.firstTeam(), v[0], v[1], v[2]));
        return cost.build();
    }

    private static TreeSet<Integer> tiersHandled(Cell cell, Map<String, Integer> tierOfTeam) {
        TreeSet<Integer> tiers = new TreeSet<>();
        cell.teams().stream().map(tierOfTeam::get).filter(Objects::nonNull).forEach(tiers::add);
        if (cell.tier() != null) {
            tiers.add(cell.tier());
        }
        return tiers;
    }
}
