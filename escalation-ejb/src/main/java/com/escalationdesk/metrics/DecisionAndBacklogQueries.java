package com.escalationdesk.metrics;

import com.escalationdesk.approval.ApprovalStep;
import com.escalationdesk.approval.AuthorityLimit;
import com.escalationdesk.approval.DecisionKind;
import com.escalationdesk.approval.DecisionRequest;
import com.escalationdesk.approval.DecisionState;
import com.escalationdesk.approval.Money;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.Team;
import com.escalationdesk.escalation.EscalationState;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.TicketStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The figures of the work around decisions and acceptance that the facts (which describe resolved
 * tickets) do not hold. What waits now is read from the live tickets, escalations and decisions:
 * counted in the database per team, so the cost does not grow with the closed history; only the
 * waiting escalations and decisions are read one by one. The approval turnaround reads the requests
 * with a step decided in the period.
 */
@Stateless
@PermitAll
public class DecisionAndBacklogQueries {

    /** The statuses in which someone has work left on a ticket, as {@link TicketStatus#isActive} says. */
    private static final Set<TicketStatus> ACTIVE = Arrays.stream(TicketStatus.values()).filter(TicketStatus::isActive)
            .collect(Collectors.toUnmodifiableSet());

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    /** The backlog of the teams named; null: every team. */
    public Backlog backlog(List<String> teamNames, Instant now) {
        List<Team> teams = em.createQuery("select t from Team t join fetch t.tier", Team.class).getResultList().stream()
                .filter(t -> teamNames == null || teamNames.contains(t.getName())).toList();
        if (teams.isEmpty()) {
            return Backlog.of(now, List.of(), Map.of(), Map.of(), Map.of());
        }
        Set<Long> inView = teams.stream().map(Team::getId).collect(Collectors.toSet());
        Map<Long, Long> active = new HashMap<>();
        // the active statuses named, not the others excluded, and the teams in memory: the index on status and team then
        // reads only the live tickets (a condition on the teams had H2 read every ticket of them, closed ones too)
        em.createQuery("select t.teamId, count(t) from Ticket t where t.status in :active group by t.teamId", Object[].class)
                .setParameter("active", ACTIVE).getResultList().stream().filter(row -> inView.contains((Long) row[0]))
                .forEach(row -> active.put((Long) row[0], (Long) row[1]));
        Map<Long, List<Instant>> escalations = new HashMap<>();
        em.createQuery("select e.toTeam.id, e.requestedAt from Escalation e where e.state = :requested", Object[].class)
                .setParameter("requested", EscalationState.REQUESTED).getResultList().stream()
                .filter(row -> inView.contains((Long) row[0]))
                .forEach(row -> escalations.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Instant) row[1]));
        Map<AuthorityLevel, List<Instant>> decisions = new EnumMap<>(AuthorityLevel.class);
        // the pending ones by the index on their state, their teams in memory (with the teams in the statement, H2 read every
        // ticket of the teams: 580 ms at a million), then those in view with their steps: when each waits since is the last
        // step's time
        List<Long> pending = em.createQuery("select d.id, d.ticket.teamId from DecisionRequest d where d.state = :pending",
                        Object[].class)
                .setParameter("pending", DecisionState.PENDING).getResultStream().filter(row -> inView.contains((Long) row[1]))
                .map(row -> (Long) row[0]).toList();
        for (int i = 0; i < pending.size(); i += 1_000) {
            em.createQuery("select distinct d from DecisionRequest d left join fetch d.steps where d.id in :ids", DecisionRequest.class)
                    .setParameter("ids", pending.subList(i, Math.min(pending.size(), i + 1_000))).getResultList()
                    .forEach(d -> decisions.computeIfAbsent(d.currentLevel(), k -> new ArrayList<>()).add(waitingSince(d)));
        }
        return Backlog.of(now, teams.stream().map(t -> new Backlog.Team(t.getId(), t.getName(), t.getTier().level())).toList(),
                active, escalations, decisions);
    }

    /**
     * The approval steps decided from {@code from} until before {@code to} on the tickets of the teams
     * named (null: every team), each with the moment the request reached its level.
     */
    public ApprovalTurnaround approvalTurnaround(List<String> teamNames, Instant from, Instant to) {
        if (teamNames != null && teamNames.isEmpty()) {
            return ApprovalTurnaround.of(List.of());
        }
        List<ApprovalTurnaround.Step> steps = new ArrayList<>();
        // each step decided in the period (by the index on the decision's time) joined to the steps of its request up to the
        // period's end, which say when it reached its level. The teams in memory: a join on them had PostgreSQL read every
        // ticket of the teams (100,000 at a million) and H2 start from the teams; an IN over a subquery H2 runs row by row;
        // the period's requests sent back a thousand at a time cost PostgreSQL 20 ms a thousand. The whole desk's view
        // leaves the tickets out: H2 reads a ticket's whole row to find its team (80 ms a month at a million).
        Set<Long> teams = teamIds(teamNames);
        Long request = null;
        Instant reached = null;
        for (Object[] row : em.createQuery("select distinct s.id, s.request.id, s.request.requestedAt, s.level, s.decidedAt, s.approved,"
                        + (teams == null ? " s.id" : " s.request.ticket.teamId")
                        + " from ApprovalStep s, ApprovalStep p where p.request = s.request"
                        + " and p.decidedAt >= :from and p.decidedAt < :to and s.decidedAt < :to"
                        + " order by s.request.id, s.decidedAt, s.id", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            if (teams != null && !teams.contains((Long) row[6])) {
                continue;
            }
            if (!row[1].equals(request)) {
                request = (Long) row[1];
                reached = (Instant) row[2];
            }
            Instant decided = (Instant) row[4];
            if (!decided.isBefore(from)) {
                steps.add(new ApprovalTurnaround.Step((AuthorityLevel) row[3], reached, decided, (Boolean) row[5]));
            }
            reached = decided;
        }
        return ApprovalTurnaround.of(steps);
    }

    /** The decisions requested from {@code from} until before {@code to} on the tickets of the teams named (null: every team), by kind. */
    public DecisionsByKind decisionsByKind(List<String> teamNames, Instant from, Instant to) {
        if (teamNames != null && teamNames.isEmpty()) {
            return DecisionsByKind.of(List.of());
        }
        // the teams and the kinds' labels in memory, as for the approval turnaround: joined to the team or the kind, H2
        // started from them and read every ticket or every request of the kind
        Set<Long> teams = teamIds(teamNames);
        Map<Long, String> kinds = new HashMap<>();
        em.createNamedQuery(DecisionKind.ALL, DecisionKind.class).getResultStream().forEach(k -> kinds.put(k.getId(), k.getLabel()));
        return DecisionsByKind.of(em.createQuery("select d.kind.id, d.state, " + (teams == null ? "d.id" : "d.ticket.teamId")
                        + " from DecisionRequest d"
                        + " where d.requestedAt >= :from and d.requestedAt < :to", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList().stream()
                .filter(row -> teams == null || teams.contains((Long) row[2]))
                .map(row -> new DecisionsByKind.Decision(kinds.get((Long) row[0]), (DecisionState) row[1])).toList());
    }

    /** The ids of the teams named; null for every team. */
    private Set<Long> teamIds(List<String> teamNames) {
        if (teamNames == null) {
            return null;
        }
        return em.createQuery("select t.id from Team t where t.name in :names", Long.class).setParameter("names", teamNames)
                .getResultStream().collect(Collectors.toSet());
    }

    /** A decision waits on its level since the approval before it, or since it was requested. */
    private static Instant waitingSince(DecisionRequest d) {
        return d.getSteps().stream().map(ApprovalStep::getDecidedAt).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(d.getRequestedAt());
    }

    /**
     * What raising a level's limit for a kind to {@code proposed} would have meant for the requests made
     * from {@code from} until before {@code to} on the tickets of the teams named (null: every team);
     * with no amount proposed, the figures of today's limit and a suggested one.
     */
    public LimitAdvice limitAdvice(String kindCode, AuthorityLevel level, BigDecimal proposed, List<String> teamNames,
            Instant from, Instant to) {
        DecisionKind kind = em.createNamedQuery(DecisionKind.BY_CODE, DecisionKind.class).setParameter("code", kindCode == null ? "" : kindCode)
                .getResultStream().findFirst().orElseThrow(() -> new RuleViolation("Choose the kind of decision."));
        RuleViolation.require(level, "The level");
        AuthorityLimit limit = em.createNamedQuery(AuthorityLimit.OF, AuthorityLimit.class).setParameter("kind", kind)
                .setParameter("level", level).getResultStream().findFirst().orElse(null);
        Money current = limit == null || limit.getMax() == null ? null : limit.getMax();
        if (!kind.isMonetary() && limit != null) {
            throw new RuleViolation(level.label() + "s may decide a " + kind.getLabel().toLowerCase(Locale.ROOT) + " already.");
        }
        Money raised = null;
        if (kind.isMonetary() && proposed != null) {
            raised = new Money(proposed, current != null ? current.currency() : currencyOf(kind));
        }
        return LimitAdvice.of(kind.getLabel(), kind.isMonetary(), level, current, raised,
                requestsOf(kind.getCode(), level, teamNames, from, to));
    }

    /** The currency of the kind's limits at other levels, for a level that has none yet. */
    private String currencyOf(DecisionKind kind) {
        return em.createNamedQuery(AuthorityLimit.FOR_KIND, AuthorityLimit.class).setParameter("kind", kind).getResultStream()
                .map(AuthorityLimit::getMax).filter(Objects::nonNull).map(Money::currency).findFirst()
                .orElseThrow(() -> new RuleViolation("No level has a limit for " + kind.getLabel().toLowerCase(Locale.ROOT)
                        + " yet, so its currency is unknown: set one under Authority limits."));
    }

    /**
     * The requests of a kind made from {@code from} until before {@code to} by requesters whose level
     * is {@code level} today, on the tickets of the teams named (null: every team).
     */
    private List<LimitAdvice.Request> requestsOf(String kindCode, AuthorityLevel level, List<String> teamNames, Instant from,
            Instant to) {
        if (teamNames != null && teamNames.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select d from DecisionRequest d join fetch d.requestedBy where d.kind.code = :kind"
                        + " and d.requestedAt >= :from and d.requestedAt < :to"
                        + (teamNames == null ? "" : " and d.ticket.team.name in :teams"), DecisionRequest.class)
                .setParameter("kind", kindCode).setParameter("from", from).setParameter("to", to);
        if (teamNames != null) {
            query.setParameter("teams", teamNames);
        }
        return query.getResultList().stream().filter(d -> d.getRequestedBy().getAuthorityLevel() == level)
                .map(d -> new LimitAdvice.Request(d.getMoney(), d.getState())).toList();
    }

}
