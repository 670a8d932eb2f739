package com.escalationdesk.metrics;

import com.escalationdesk.approval.Money;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.CanonicalJson;
import com.escalationdesk.directory.Team;
import com.escalationdesk.directory.Tier;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.sla.SlaStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The metric facts a figure is worked out from, read for the dashboard, the weekly digest and the early warnings. */
@Stateless
@PermitAll
public class FactQueries {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    /**
     * The facts of the tickets resolved from {@code from} until before {@code to} that passed through
     * one of the teams named (took them in, had them a while or resolved them); null: the whole desk.
     * So a first-tier team's escalation rate counts the tickets it sent on, and a specialist team's
     * figures count the tickets it received.
     */
    public List<TicketFact> resolved(Instant from, Instant to, List<String> teams) {
        if (teams != null && teams.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery(inPeriodAndView("select f from TicketFact f", teams), TicketFact.class)
                // nothing read is changed: no copies kept for change tracking
                .setHint("eclipselink.read-only", "true");
        return bindPeriodAndView(query, from, to, teams).getResultList();
    }

    /**
     * The same tickets' resolution metrics in the cut, by the agent who resolved them, worked out by the
     * database: a director's year is hundreds of thousands of resolutions, and only an agent's row of
     * figures comes back. The rule of each count is {@link ResolvedTicket}'s, written in SQL
     * (MetricsIT checks the two against each other): first contact is resolved at Tier 1 (or no tier
     * recorded) without escalation, team move or reopen; one-touch, that with a single public reply.
     * The median is the middle value (the mean of the two middle ones), the 90th percentile the value
     * at rank ⌈0.9 × n⌉, as {@link DurationFigures} has them.
     */
    public Map<String, ResolutionMetrics> byAgent(Instant from, Instant to, List<String> teams, DashboardCut cut) {
        Map<String, ResolutionMetrics> byAgent = new java.util.TreeMap<>();
        if (teams != null && teams.isEmpty()) {
            return byAgent;
        }
        String escalated = "functional_escalations + hierarchical_escalations > 0";
        String firstContact = "COALESCE(resolved_tier, 1) = 1 AND functional_escalations = 0 AND hierarchical_escalations = 0"
                + " AND team_moves = 0 AND reopens = 0";
        // the values at the ranks the median and the 90th percentile take, by each agent's row numbers in
        // either order (PERCENTILE_DISC is not the same on H2 as on PostgreSQL)
        String ranks = "SUM(%1$s), MAX(CASE WHEN %2$s = (n + 1) / 2 THEN %1$s END), MAX(CASE WHEN %2$s = n / 2 + 1 THEN %1$s END),"
                + " MAX(CASE WHEN %2$s = CEILING(0.9 * n) THEN %1$s END)";
        StringBuilder sql = new StringBuilder("SELECT resolved_by, COUNT(*),"
                + " SUM(CASE WHEN " + escalated + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN functional_escalations > 0 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN hierarchical_escalations > 0 THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + firstContact + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN " + firstContact + " AND public_replies = 1 THEN 1 ELSE 0 END), "
                + String.format(ranks, "calendar_us", "by_calendar") + ", " + String.format(ranks, "business_seconds", "by_business")
                + " FROM (SELECT resolved_by, functional_escalations, hierarchical_escalations, resolved_tier, team_moves, reopens,"
                + " public_replies, business_seconds, resolved_us - created_us AS calendar_us,"
                + " ROW_NUMBER() OVER (PARTITION BY resolved_by ORDER BY resolved_us - created_us) AS by_calendar,"
                + " ROW_NUMBER() OVER (PARTITION BY resolved_by ORDER BY business_seconds) AS by_business,"
                + " COUNT(*) OVER (PARTITION BY resolved_by) AS n FROM ticket_fact f"
                + " WHERE resolved_us >= ? AND resolved_us < ? AND created_us IS NOT NULL AND merged = FALSE"
                + " AND resolved_by IS NOT NULL");
        List<Object> parameters = new ArrayList<>(List.of(AuditEntry.micros(from), AuditEntry.micros(to)));
        if (teams != null) {
            String marks = String.join(", ", java.util.Collections.nCopies(teams.size(), "?"));
            sql.append(" AND (first_team IN (").append(marks).append(") OR resolved_team IN (").append(marks).append(')');
            parameters.addAll(teams);
            parameters.addAll(teams);
            for (String team : teams) {
                sql.append(" OR team_seconds LIKE ? ESCAPE '!'");
                parameters.add(keyPattern(team));
            }
            sql.append(')');
        }
        String[][] parts = {{"category", cut.category() == null ? null : cut.category().name()},
            {"priority", cut.priority() == null ? null : cut.priority().name()},
            {"escalation_reason", cut.reason() == null ? null : cut.reason().name()},
            {"segment", cut.segment() == null ? null : cut.segment().name()}, {"resolved_by", cut.agent()}};
        for (String[] part : parts) {
            if (part[1] != null) {
                sql.append(" AND ").append(part[0]).append(" = ?");
                parameters.add(part[1]);
            }
        }
        if (cut.tier() != null) {
            sql.append(" AND resolved_tier = ?");
            parameters.add(cut.tier());
        }
        sql.append(") resolutions GROUP BY resolved_by");
        var query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        for (Object result : query.getResultList()) {
            Object[] row = (Object[]) result;
            long n = number(row[1]);
            byAgent.put((String) row[0], new ResolutionMetrics((int) n, new Share(number(row[2]), n), new Share(number(row[3]), n),
                    new Share(number(row[4]), n), new Share(number(row[5]), n), new Share(number(row[6]), n),
                    durations(n, row, 7, Duration.ofNanos(1_000)), durations(n, row, 11, Duration.ofSeconds(1))));
        }
        return byAgent;
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** Mean, median and 90th percentile from a sum and the values at the median's two ranks and the 90th's. */
    private static DurationFigures durations(long n, Object[] row, int at, Duration unit) {
        Duration median = unit.multipliedBy(number(row[at + 1])).plus(unit.multipliedBy(number(row[at + 2]))).dividedBy(2);
        return new DurationFigures((int) n, unit.multipliedBy(number(row[at])).dividedBy(n), median,
                unit.multipliedBy(number(row[at + 3])));
    }

    private static String inPeriodAndView(String select, List<String> teams) {
        StringBuilder jpql = new StringBuilder(select).append(" where f.resolvedMicros >= :from and f.resolvedMicros < :to");
        TeamViewClause.append(jpql, "f", "teamSeconds", teams);
        return jpql.toString();
    }

    private static <Q extends jakarta.persistence.TypedQuery<?>> Q bindPeriodAndView(Q query, Instant from, Instant to,
            List<String> teams) {
        query.setParameter("from", AuditEntry.micros(from)).setParameter("to", AuditEntry.micros(to));
        TeamViewClause.bind(query, teams, FactQueries::keyPattern);
        return query;
    }

    /**
     * What the tickets resolved from {@code from} until before {@code to} cost (those given: the ones in
     * view), with the escalations their resolutions avoided through knowledge.
     */
    public EscalationCost cost(List<TicketFact> resolved, Instant from, Instant to) {
        Map<String, Integer> tierOfTeam = tierOfTeam();
        Map<Integer, Money> costOfTier = costOfTier();
        // a join, not "in (select ...)": H2 ran the subquery's test row by row, ten seconds a dashboard at 100,000 tickets
        Set<String> avoided = new HashSet<>(em.createQuery("select distinct f.ticketNumber from TicketFact f, ArticleLink l"
                        + " where l.ticket.number = f.ticketNumber and l.escalationAvoided = true"
                        + " and f.resolvedMicros >= :from and f.resolvedMicros < :to", String.class)
                .setParameter("from", AuditEntry.micros(from)).setParameter("to", AuditEntry.micros(to)).getResultList());
        return EscalationCost.of(resolved, tierOfTeam, costOfTier, avoided);
    }

    /** The cost of a handled ticket at each tier that has one, by the tier's level. */
    public Map<Integer, Money> costOfTier() {
        Map<Integer, Money> costOfTier = new java.util.HashMap<>();
        em.createNamedQuery(Tier.ALL, Tier.class).getResultStream().filter(t -> t.handlingCost() != null)
                .forEach(t -> costOfTier.put(t.level(), t.handlingCost()));
        return costOfTier;
    }

    /** Each team's tier level, by the team's name (as the facts name teams). */
    public Map<String, Integer> tierOfTeam() {
        Map<String, Integer> tierOfTeam = new java.util.HashMap<>();
        em.createQuery("select t from Team t", Team.class).getResultStream()
                .forEach(t -> tierOfTeam.put(t.getName(), t.getTier().level()));
        return tierOfTeam;
    }

    /** The highest tier level the desk has. */
    public int tiers() {
        return em.createNamedQuery(Tier.ALL, Tier.class).getResultStream().mapToInt(Tier::level).max().orElse(3);
    }

    /**
     * Service-level compliance over the clocks of these tickets that ended: per kind, met of met or
     * missed ({@link ServiceLevelCompliance}).
     */
    public Map<SlaKind, Share> serviceLevels(List<TicketFact> facts) {
        List<ServiceLevelCompliance.EndedClock> ended = new ArrayList<>();
        resolvedClocks(facts)
                .forEach(row -> ended.add(ServiceLevelCompliance.EndedClock.of((SlaKind) row[1], (Instant) row[2], (Instant) row[3],
                        (Boolean) row[4])));
        return ServiceLevelCompliance.of(ended);
    }

    /** Those of these tickets with a clock of this kind that ended missed. */
    public Set<String> missed(Collection<String> numbers, SlaKind kind) {
        Set<String> missed = new HashSet<>();
        endedClocks(numbers, kind).stream()
                .filter(row -> ServiceLevelCompliance.EndedClock.of(kind, (Instant) row[2], (Instant) row[3], (Boolean) row[4])
                        .status() == SlaStatus.MISSED)
                .forEach(row -> missed.add((String) row[0]));
        return missed;
    }

    /**
     * The stopped clocks of these resolved tickets, as {@link #endedClocks}: one query over the span of
     * their resolutions, joined from the facts' index on it, and kept for the tickets given. A dashboard
     * of a year's tickets asked for them a thousand numbers at a time, and H2 tested every clock of the
     * desk against each list (nine seconds of a ten-second dashboard at 100,000 tickets).
     */
    private List<Object[]> resolvedClocks(List<TicketFact> facts) {
        if (facts.isEmpty() || facts.stream().anyMatch(f -> f.getResolvedMicros() == null)) {
            return endedClocks(facts.stream().map(TicketFact::getTicketNumber).toList(), null);
        }
        Set<String> numbers = new HashSet<>();
        long from = Long.MAX_VALUE;
        long to = Long.MIN_VALUE;
        for (TicketFact f : facts) {
            numbers.add(f.getTicketNumber());
            from = Math.min(from, f.getResolvedMicros());
            to = Math.max(to, f.getResolvedMicros());
        }
        return em.createQuery("select f.ticketNumber, c.kind, c.stoppedAt, c.dueAt, c.replaced from TicketFact f, SlaClock c"
                        + " where c.ticket.number = f.ticketNumber and f.resolvedMicros >= :from and f.resolvedMicros <= :to"
                        + " and c.stoppedAt is not null", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultStream()
                .filter(row -> numbers.contains((String) row[0])).toList();
    }

    /** Ticket number, kind, stopped, due and replaced of the stopped clocks of these tickets (of one kind, or all). */
    private List<Object[]> endedClocks(Collection<String> numbers, SlaKind kind) {
        List<String> all = List.copyOf(numbers);
        List<Object[]> rows = new ArrayList<>();
        // in slices: a database takes only so many parameters in one statement
        for (int i = 0; i < all.size(); i += 1_000) {
            var query = em.createQuery("select c.ticket.number, c.kind, c.stoppedAt, c.dueAt, c.replaced from SlaClock c"
                    + " where c.stoppedAt is not null and c.ticket.number in :numbers" + (kind == null ? "" : " and c.kind = :kind"),
                    Object[].class).setParameter("numbers", all.subList(i, Math.min(all.size(), i + 1_000)));
            if (kind != null) {
                query.setParameter("kind", kind);
            }
            rows.addAll(query.getResultList());
        }
        return rows;
    }

    /** Matches the team's key in the flat JSON object of seconds per team: {@code ..."Billing specialists":...}. */
    static String keyPattern(String team) {
        String object = CanonicalJson.of(Map.of(team, 0));
        String key = object.substring(1, object.length() - ":0}".length());
        return "%" + key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ":%";
    }

    /**
     * The changes to how the desk escalates made from {@code from} until before {@code to}: policies
     * published and authority limits set or removed, as the configuration audit chain has them, oldest first.
     */
    public List<AuditEntry> escalationChanges(Instant from, Instant to) {
        return em.createQuery("select a from AuditEntry a where a.chainKey = :chain and a.action in :actions"
                        + " and a.occurredMicros >= :from and a.occurredMicros < :to order by a.sequenceNo", AuditEntry.class)
                .setParameter("chain", AuditEntry.CONFIGURATION_CHAIN)
                .setParameter("actions", List.of(AuditAction.POLICY_PUBLISHED, AuditAction.AUTHORITY_LIMIT_SET,
                        AuditAction.AUTHORITY_LIMIT_REMOVED))
                .setParameter("from", AuditEntry.micros(from)).setParameter("to", AuditEntry.micros(to)).getResultList();
    }

}
