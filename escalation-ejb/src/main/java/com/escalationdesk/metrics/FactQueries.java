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
     * The same tickets' resolutions in the cut, by the agent who resolved them: read as a few columns,
     * not whole facts, for the dashboard's table by agent and its choice of agents.
     */
    public Map<String, List<ResolvedTicket>> resolutionsByAgent(Instant from, Instant to, List<String> teams, DashboardCut cut) {
        Map<String, List<ResolvedTicket>> byAgent = new java.util.TreeMap<>();
        if (teams != null && teams.isEmpty()) {
            return byAgent;
        }
        var query = em.createQuery(inPeriodAndView("select f.resolvedBy, f.category, f.priority, f.resolvedTier, f.escalationReason,"
                + " f.segment, f.createdMicros, f.resolvedMicros, f.businessSeconds, f.functionalEscalations, f.hierarchicalEscalations,"
                + " f.teamMoves, f.reopens, f.publicReplies, f.merged from TicketFact f", teams), Object[].class);
        bindPeriodAndView(query, from, to, teams).getResultStream().forEach(row -> {
            String agent = (String) row[0];
            ResolvedTicket r = TicketFact.resolution((Long) row[6], (Long) row[7], (Long) row[8], (Integer) row[9], (Integer) row[10],
                    (Integer) row[11], (Integer) row[12], (Integer) row[13], (Integer) row[3], (Boolean) row[14]);
            if (agent != null && r != null && cut.takes((String) row[1], (String) row[2], (Integer) row[3], agent, (String) row[4],
                    (String) row[5])) {
                byAgent.computeIfAbsent(agent, a -> new ArrayList<>()).add(r);
            }
        });
        return byAgent;
    }

    private static String inPeriodAndView(String select, List<String> teams) {
        StringBuilder jpql = new StringBuilder(select).append(" where f.resolvedMicros >= :from and f.resolvedMicros < :to");
        if (teams != null) {
            jpql.append(" and (f.firstTeam in :teams or f.resolvedTeam in :teams");
            for (int i = 0; i < teams.size(); i++) {
                jpql.append(" or f.teamSeconds like :at").append(i).append(" escape '!'");
            }
            jpql.append(')');
        }
        return jpql.toString();
    }

    private static <Q extends jakarta.persistence.TypedQuery<?>> Q bindPeriodAndView(Q query, Instant from, Instant to,
            List<String> teams) {
        query.setParameter("from", AuditEntry.micros(from)).setParameter("to", AuditEntry.micros(to));
        if (teams != null) {
            query.setParameter("teams", teams);
            for (int i = 0; i < teams.size(); i++) {
                query.setParameter("at" + i, keyPattern(teams.get(i)));
            }
        }
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
