package com.escalationdesk.metrics;

import com.escalationdesk.sla.SlaKind;
import java.io.Serializable;
import java.util.Comparator;
import java.util.TreeMap;
import java.util.function.Function;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A manager's dashboard: the figures of the tickets resolved in a period and in the period of the
 * same length just before it, for the teams in view.
 *
 * @param scope in words: "All teams", "Your teams: …" or the one team chosen
 * @param teams the teams the caller may narrow the view to
 * @param agents the agents who resolved tickets in the period (in the cut but for its agent), to narrow the view to one
 * @param cost what the period's tickets cost, and what their escalations diverted to senior staff
 * @param trend the last weeks of the trend (12 on the dashboard), oldest first
 * @param changes the changes to how the desk escalates over the trend's weeks, oldest first
 * @param byAgent the period's resolutions by the agent who resolved them, for a team lead to read their people's
 * @param breakdowns the period's figures split for the charts: the tier funnel, service levels, escalations by reason and team
 * @param periodWords the period in words ("the last 7 days", "November 2026"), and the one it is compared with
 */
public record Dashboard(Instant from, Instant to, String scope, List<String> teams, List<String> agents, PeriodFigures current,
        PeriodFigures previous, EscalationCost cost, EscalationCost costBefore, List<Week> trend, List<ChangeImpact> changes,
        Map<String, ResolutionMetrics> byAgent, Breakdowns breakdowns, String periodWords, String previousWords)
        implements Serializable {

    /** One week of the trend: the seven days from {@code from}, their resolutions and two of their rates. */
    public record Week(Instant from, int resolved, Share escalated, Share firstContactResolution) implements Serializable {
    }

    /** One bar of a chart: what it shows, the value a drill-down takes for it (null: none), and its count. */
    public record Bar(String label, String value, long count) implements Serializable {
    }

    /**
     * The period's figures as the charts split them.
     *
     * @param serviceLevels per kind of clock, the clocks of the period's tickets that ended met, of those that ended met or missed
     * @param escalatedByReason the tickets escalated to another team, by the reason of their first escalation, most first
     * @param escalatedByTeam the same tickets by the team that escalated them (took them in), most first
     */
    public record Breakdowns(TierFunnel funnel, Map<SlaKind, Share> serviceLevels, Map<SlaKind, Share> serviceLevelsBefore,
            List<Bar> escalatedByReason, List<Bar> escalatedByTeam) implements Serializable {

        public static Breakdowns of(List<TicketFact> resolved, Map<String, Integer> tierOfTeam, int tiers,
                Map<SlaKind, Share> serviceLevels, Map<SlaKind, Share> serviceLevelsBefore) {
            Map<String, Long> byReason = new java.util.HashMap<>();
            Map<String, Long> byTeam = new java.util.HashMap<>();
            resolved.stream().filter(f -> f.resolution() != null && f.resolution().functionalEscalations() > 0).forEach(f -> {
                byReason.merge(f.getEscalationReason(), 1L, Long::sum);
                byTeam.merge(f.getFirstTeam(), 1L, Long::sum);
            });
            return new Breakdowns(TierFunnel.of(resolved, tierOfTeam, tiers), serviceLevels, serviceLevelsBefore,
                    bars(byReason, EscalationCost::reasonLabel), bars(byTeam, team -> team == null ? "Not recorded" : team));
        }

        /** The same from the period's rollups added up. */
        public static Breakdowns of(RollupTotals now, RollupTotals before, Map<String, Integer> tierOfTeam, int tiers) {
            return new Breakdowns(now.funnel(tierOfTeam, tiers), now.serviceLevels(), before.serviceLevels(),
                    bars(now.escalatedByReason(), EscalationCost::reasonLabel),
                    bars(now.escalatedByTeam(), team -> team == null ? "Not recorded" : team));
        }

        private static List<Bar> bars(Map<String, Long> byKey, Function<String, String> label) {
            Map<String, Long> counts = new TreeMap<>(Comparator.nullsLast(Comparator.naturalOrder()));
            counts.putAll(byKey);
            return counts.entrySet().stream().map(e -> new Bar(label.apply(e.getKey()), e.getKey(), e.getValue()))
                    .sorted(Comparator.comparingLong(Bar::count).reversed().thenComparing(Bar::label)).toList();
        }
    }
}
