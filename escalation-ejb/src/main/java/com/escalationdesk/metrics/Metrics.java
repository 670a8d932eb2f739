package com.escalationdesk.metrics;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import com.escalationdesk.approval.Money;
import com.escalationdesk.audit.AuditEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.function.Function;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of the escalation process, read from the metric facts only: a manager sees the teams
 * they answer for, a director and an admin the whole desk. An admin can rebuild the facts from the
 * audit trail (after a changed definition or a repaired defect).
 */
@Stateless
@Boundary
public class Metrics {

    /** Weeks on the trend chart. */
    public static final int TREND_WEEKS = 12;

    @Inject
    private Callers callers;

    @Inject
    private MetricsScope scope;

    @Inject
    private MetricFacts facts;

    @Inject
    private FactQueries factQueries;

    @Inject
    private MetricRollups rollups;

    @Inject
    private RollupQueries rollupQueries;

    @Inject
    private DecisionAndBacklogQueries decisionAndBacklogQueries;

    @Inject
    private AgentFigureQueries agentFigures;

    @Inject
    private TrainingQueries trainingQueries;

    @Inject
    private Clock clock;

    /** {@link #dashboard(ReportPeriod, String, DashboardCut)} over the last {@code days} days. */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Dashboard dashboard(int days, String team, DashboardCut cut) {
        return dashboard(lastDays(days), team, cut);
    }

    /**
     * The period (the last so many days, or a calendar day, week or month) and the one before it, for
     * the tickets resolved that passed through the caller's teams, or through the one team named (null:
     * all the caller may see), and that fall in the cut.
     */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Dashboard dashboard(ReportPeriod period, String team, DashboardCut cut) {
        ReportPeriod.Span span = span(period);
        DashboardCut c = cut == null ? DashboardCut.NONE : cut;
        Agent caller = callers.current();
        List<String> allowed = scope.teamsOf(caller);
        List<String> inView = teamsInView(team);
        String described = inView == null ? "All teams" : team != null && !team.isBlank() ? team
                : allowed.isEmpty() ? "No teams report to you" : "Your teams: " + String.join(", ", allowed);
        Instant from = span.from();
        Instant to = span.to();
        Instant before = span.previousFrom();
        Instant now = clock.instant();
        // the trend's weeks end with the period: today, or the last day of a past day, week or month
        Instant trendEnd = to.isAfter(now) ? now : to;
        List<RollupWindow.Span> weeks = trendWeeks(trendEnd);
        List<AuditEntry> changed = factQueries.escalationChanges(weeks.get(0).from(), trendEnd.plusNanos(1_000));
        RollupWindow.Span current = new RollupWindow.Span(from, to);
        RollupWindow.Span previous = new RollupWindow.Span(before, from);
        Map<String, Integer> tierOfTeam = factQueries.tierOfTeam();
        PeriodFigures figuresNow;
        PeriodFigures figuresBefore;
        EscalationCost cost;
        EscalationCost costBefore;
        Dashboard.Breakdowns breakdowns;
        Function<RollupWindow.Span, PeriodFigures> figuresOf;
        Function<RollupWindow.Span, Dashboard.Week> weekly;
        if (c.rollsUp()) {
            // what was committed before the dashboard was asked for is on it
            rollups.rollPending(2);
            List<RollupWindow.Span> spans = new ArrayList<>(List.of(current, previous));
            changed.forEach(e -> spans.addAll(sides(e.getOccurredAt(), trendEnd)));
            RollupWindow window = rollupQueries.window(spans, now, inView, c);
            RollupTotals totalsNow = window.totals(current);
            RollupTotals totalsBefore = window.totals(previous);
            Map<Integer, Money> costOfTier = factQueries.costOfTier();
            figuresNow = totalsNow.figures();
            figuresBefore = totalsBefore.figures();
            cost = totalsNow.cost(tierOfTeam, costOfTier);
            costBefore = totalsBefore.cost(tierOfTeam, costOfTier);
            breakdowns = Dashboard.Breakdowns.of(totalsNow, totalsBefore, tierOfTeam, factQueries.tiers());
            figuresOf = s -> window.totals(s).figures();
            // the trend's weeks are whole days: three counts a day are all they need
            Map<LocalDate, long[]> days = rollupQueries.dailyCounts(RollupWindow.day(weeks.get(0).from()),
                    RollupWindow.day(weeks.get(weeks.size() - 1).to().minusNanos(1_000)), inView, c);
            weekly = w -> {
                long[] sum = new long[3];
                days.forEach((day, counts) -> {
                    if (!RollupWindow.startOf(day).isBefore(w.from()) && RollupWindow.startOf(day).isBefore(w.to())) {
                        for (int i = 0; i < 3; i++) {
                            sum[i] += counts[i];
                        }
                    }
                });
                return new Dashboard.Week(w.from(), (int) sum[0], new Share(sum[1], sum[0]), new Share(sum[2], sum[0]));
            };
        } else {
            // priority, segment and agent are not rolled up: such a cut reads its facts
            List<TicketFact> inPeriod = factQueries.resolved(from, to, inView).stream().filter(c::takes).toList();
            List<TicketFact> earlier = factQueries.resolved(before, from, inView).stream().filter(c::takes).toList();
            figuresNow = PeriodFigures.of(inPeriod);
            figuresBefore = PeriodFigures.of(earlier);
            cost = factQueries.cost(inPeriod, from, to);
            costBefore = factQueries.cost(earlier, before, from);
            breakdowns = Dashboard.Breakdowns.of(inPeriod, tierOfTeam, factQueries.tiers(), factQueries.serviceLevels(inPeriod),
                    factQueries.serviceLevels(earlier));
            figuresOf = s -> PeriodFigures.of(factQueries.resolved(s.from(), s.to(), inView).stream().filter(c::takes).toList());
            weekly = w -> {
                ResolutionMetrics r = figuresOf.apply(w).resolution();
                return new Dashboard.Week(w.from(), r.resolved(), r.escalated(), r.firstContactResolution());
            };
        }
        // the rollups' cuts read the resolutions this server keeps of recent days, other cuts and long periods the facts
        Map<String, ResolutionMetrics> kept = c.rollsUp() ? rollupQueries.byAgent(from, to, now, inView, c) : null;
        Map<String, ResolutionMetrics> byAgent = new TreeMap<>(kept != null ? kept : factQueries.byAgent(from, to, inView, c.anyAgent()));
        List<String> agents = List.copyOf(byAgent.keySet());
        byAgent.keySet().removeIf(agent -> c.agent() != null && !c.agent().equals(agent));
        List<Dashboard.Week> trend = weeks.stream().map(weekly).toList();
        List<ChangeImpact> changes = changed.stream().map(e -> {
            Instant at = e.getOccurredAt();
            Duration side = ChangeImpact.span(at, trendEnd);
            if (side == null) {
                return new ChangeImpact(at, e.getSummary(), null, null, null);
            }
            List<RollupWindow.Span> both = sides(at, trendEnd);
            return new ChangeImpact(at, e.getSummary(), side, figuresOf.apply(both.get(0)), figuresOf.apply(both.get(1)));
        }).toList();
        return new Dashboard(from, to, c.isEmpty() ? described : described + " · " + c.describe(), allowed,
                agents, figuresNow, figuresBefore, cost, costBefore, trend, changes, byAgent, breakdowns,
                span.words(), span.previousWords());
    }

    /** The trend's weeks: seven whole UTC days each, the last ending with the day of {@code end}; oldest first. */
    private static List<RollupWindow.Span> trendWeeks(Instant end) {
        LocalDate last = RollupWindow.day(end.minusNanos(1_000));
        List<RollupWindow.Span> weeks = new ArrayList<>();
        for (int back = TREND_WEEKS - 1; back >= 0; back--) {
            LocalDate first = last.minusDays(7L * back + 6);
            weeks.add(new RollupWindow.Span(RollupWindow.startOf(first), RollupWindow.startOf(first.plusDays(7))));
        }
        return weeks;
    }

    /** The spans before and after a change, as {@link ChangeImpact} compares them; none when it is too recent. */
    private static List<RollupWindow.Span> sides(Instant at, Instant now) {
        Duration side = ChangeImpact.span(at, now);
        if (side == null) {
            return List.of();
        }
        Instant[] b = ChangeImpact.before(at, side);
        Instant[] a = ChangeImpact.after(at, side);
        return List.of(new RollupWindow.Span(b[0], b[1]), new RollupWindow.Span(a[0], a[1]));
    }

    private static ReportPeriod lastDays(int days) {
        try {
            return new ReportPeriod.LastDays(days);
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(e.getMessage());
        }
    }

    private ReportPeriod.Span span(ReportPeriod period) {
        RuleViolation.require(period, "The period");
        try {
            return period.span(clock.instant());
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(e.getMessage());
        }
    }

    /**
     * The numbers of the tickets behind one figure of the dashboard as the caller saw it: the same
     * teams in view, period (or week of the trend) and cut, and the figure's own rule.
     */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Set<String> drillDown(DrillDown drill) {
        RuleViolation.require(drill, "The figure to open");
        requirePeriod(drill.days());
        List<String> inView = teamsInView(drill.team());
        Instant now = clock.instant();
        Map<String, Integer> tierOfTeam = factQueries.tierOfTeam();
        Set<String> numbers = factQueries.resolved(drill.from(now), drill.to(now), inView).stream()
                .filter(f -> drill.takes(f, tierOfTeam)).map(TicketFact::getTicketNumber).collect(Collectors.toSet());
        return drill.missedKind() == null ? numbers : factQueries.missed(numbers, drill.missedKind());
    }

    /**
     * What waits now on the caller's teams, or on the one team named: active tickets and escalations
     * waiting for acceptance per team, and decisions on their tickets waiting per approval level.
     */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Backlog backlog(String team) {
        return decisionAndBacklogQueries.backlog(teamsInView(team), clock.instant());
    }

    /**
     * Approval turnaround and outcome by level over the last {@code days} days, and the same span
     * before them, for the decisions on the tickets of the caller's teams or of the one team named.
     */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public ApprovalTurnaround.Compared approvalTurnaround(int days, String team) {
        return approvalTurnaround(lastDays(days), team);
    }

    /** The same over a period and the one before it. */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public ApprovalTurnaround.Compared approvalTurnaround(ReportPeriod period, String team) {
        ReportPeriod.Span span = span(period);
        List<String> inView = teamsInView(team);
        return new ApprovalTurnaround.Compared(decisionAndBacklogQueries.approvalTurnaround(inView, span.from(), span.to()),
                decisionAndBacklogQueries.approvalTurnaround(inView, span.previousFrom(), span.from()));
    }

    /**
     * Decisions by kind against authority limits over the last {@code days} days: per kind, those
     * decided within the requester's limit and those above it, and how the approvers decided them.
     */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public DecisionsByKind decisionsByKind(int days, String team) {
        return decisionsByKind(lastDays(days), team);
    }

    /** The same over a period. */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public DecisionsByKind decisionsByKind(ReportPeriod period, String team) {
        ReportPeriod.Span span = span(period);
        return decisionAndBacklogQueries.decisionsByKind(teamsInView(team), span.from(), span.to());
    }

    /**
     * What raising a level's limit for a kind of decision to an amount would have meant over the last
     * {@code days} days, on the tickets of the caller's teams (the whole desk for directors and admins):
     * the requests above today's limit it would have let the level decide alone, how approvers decided
     * them, the money decided without an approver, and a suggested limit. An admin applies a limit
     * through {@link com.escalationdesk.approval.AuthorityLimits}.
     */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public LimitAdvice limitAdvice(int days, String kindCode, AuthorityLevel level, BigDecimal proposed) {
        requirePeriod(days);
        Instant to = clock.instant().plusNanos(1_000);
        return decisionAndBacklogQueries.limitAdvice(kindCode, level, proposed, teamsInView(null), to.minus(Duration.ofDays(days)), to);
    }

    /**
     * The caller's own figures over the last {@code days} days: the tickets they resolved beside their
     * team's, the escalations they asked for with the handoff ratings those got, and their articles' reuse.
     */
    @RolesAllowed(Role.AGENT_NAME)
    public MyFigures mine(int days) {
        requirePeriod(days);
        return agentFigures.of(callers.current(), days, clock.instant().plusNanos(1_000));
    }

    /** The one team named, if the caller answers for it; else the caller's teams, or null for the whole desk. */
    private List<String> teamsInView(String team) {
        Agent caller = callers.current();
        List<String> allowed = scope.teamsOf(caller);
        if (team != null && !team.isBlank()) {
            if (!allowed.contains(team)) {
                throw new AccessRefused("The dashboard of " + team + " is for its managers; you can choose among "
                        + (allowed.isEmpty() ? "no teams" : String.join(", ", allowed)) + ".");
            }
            return List.of(team);
        }
        return scope.wholeDesk(caller) ? null : allowed;
    }

    /** A period of so many days, by the one rule of {@link ReportPeriod.LastDays}. */
    private static void requirePeriod(int days) {
        lastDays(days);
    }

    /**
     * Training needs over the last {@code days} days: the agents of the teams in view (or the one team
     * named) beside their tier's peers on each category, with the articles that solved the peers'
     * cases for each clear outlier.
     */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public TrainingReport trainingNeeds(int days, String team) {
        requirePeriod(days);
        List<String> inView = teamsInView(team);
        Set<String> agentsInView = scope.agentsOf(inView == null ? scope.teamsOf(callers.current()) : inView);
        Instant to = clock.instant().plusNanos(1_000);
        Instant from = to.minus(Duration.ofDays(days));
        List<TicketFact> resolved = factQueries.resolved(from, to, null);
        TrainingNeeds needs = TrainingNeeds.of(trainingQueries.handled(resolved, from, to));
        return new TrainingReport(days, agentsInView.stream().sorted().toList(), needs.rows().stream()
                .filter(r -> agentsInView.contains(r.agent()))
                .map(r -> new TrainingReport.Coachable(r, r.outlier() ? trainingQueries.solvedPeersCases(resolved, r, 3) : List.of()))
                .toList());
    }

    /**
     * Replays the whole audit trail into the facts, and rolls every fact up again from nothing; audited
     * with how many tickets it replayed and changed.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FactsRebuild rebuildFacts() {
        FactsRebuild result = facts.rebuild();
        rollups.rebuild();
        facts.recordRebuild(callers.current().getLoginName(), result);
        return result;
    }
}
