package com.escalationdesk.metrics;

import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.CanonicalJson;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.ManagerScope;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.Team;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The figures of the escalation process, read from the metric facts only: a manager sees the teams
 * they answer for, a director and an admin the whole desk. An admin can rebuild the facts from the
 * audit trail (after a changed definition or a repaired defect).
 */
@Stateless
@Boundary
public class Metrics {

    /** The longest period a dashboard covers: two years, as far back as the desk's trends go. */
    static final int MAX_DAYS = 731;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private ManagerScope scope;

    @Inject
    private MetricFacts facts;

    @Inject
    private Clock clock;

    /**
     * The last {@code days} days up to now, and the same span before them, for the tickets resolved
     * that passed through the caller's teams, or through the one team named (null: all the caller may see).
     */
    @RolesAllowed({Role.MANAGER_NAME, Role.ADMIN_NAME})
    public Dashboard dashboard(int days, String team) {
        if (days < 1 || days > MAX_DAYS) {
            throw new RuleViolation("A dashboard covers 1 to " + MAX_DAYS + " days.");
        }
        Agent caller = callers.current();
        boolean wholeDesk = caller.hasRole(Role.ADMIN) || caller.getAuthorityLevel() == AuthorityLevel.DIRECTOR;
        List<String> allowed = (wholeDesk ? em.createQuery("select t from Team t", Team.class).getResultList()
                : List.copyOf(scope.teamsOf(caller))).stream().map(Team::getName).sorted().toList();
        List<String> inView;
        String described;
        if (team != null && !team.isBlank()) {
            if (!allowed.contains(team)) {
                throw new AccessRefused("The dashboard of " + team + " is for its managers; you can choose among "
                        + (allowed.isEmpty() ? "no teams" : String.join(", ", allowed)) + ".");
            }
            inView = List.of(team);
            described = team;
        } else {
            inView = wholeDesk ? null : allowed;
            described = wholeDesk ? "All teams" : allowed.isEmpty() ? "No teams report to you" : "Your teams: " + String.join(", ", allowed);
        }
        Instant to = clock.instant();
        Instant from = to.minus(Duration.ofDays(days));
        Instant before = from.minus(Duration.ofDays(days));
        // up to and including this moment: a ticket resolved just now counts
        return new Dashboard(from, to, described, allowed, PeriodFigures.of(resolved(from, to.plusNanos(1_000), inView)),
                PeriodFigures.of(resolved(before, from, inView)));
    }

    /**
     * The facts of the tickets resolved from {@code from} until before {@code to} that passed through
     * one of the teams named (took them in, had them a while or resolved them); null: the whole desk.
     * So a first-tier team's escalation rate counts the tickets it sent on, and a specialist team's
     * figures count the tickets it received.
     */
    private List<TicketFact> resolved(Instant from, Instant to, List<String> teams) {
        if (teams != null && teams.isEmpty()) {
            return List.of();
        }
        StringBuilder jpql = new StringBuilder("select f from TicketFact f where f.resolvedMicros >= :from and f.resolvedMicros < :to");
        if (teams != null) {
            jpql.append(" and (f.firstTeam in :teams or f.resolvedTeam in :teams");
            for (int i = 0; i < teams.size(); i++) {
                jpql.append(" or f.teamSeconds like :at").append(i).append(" escape '!'");
            }
            jpql.append(')');
        }
        var query = em.createQuery(jpql.toString(), TicketFact.class)
                .setParameter("from", AuditEntry.micros(from)).setParameter("to", AuditEntry.micros(to))
                // nothing read is changed: no copies kept for change tracking
                .setHint("eclipselink.read-only", "true");
        if (teams != null) {
            query.setParameter("teams", teams);
            for (int i = 0; i < teams.size(); i++) {
                query.setParameter("at" + i, keyPattern(teams.get(i)));
            }
        }
        return query.getResultList();
    }

    /** Matches the team's key in the flat JSON object of seconds per team: {@code ..."Billing specialists":...}. */
    private static String keyPattern(String team) {
        String object = CanonicalJson.of(Map.of(team, 0));
        String key = object.substring(1, object.length() - ":0}".length());
        return "%" + key.replace("!", "!!").replace("%", "!%").replace("_", "!_") + ":%";
    }

    /** Replays the whole audit trail into the facts; audited with how many tickets it replayed and changed. */
    @RolesAllowed(Role.ADMIN_NAME)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FactsRebuild rebuildFacts() {
        FactsRebuild result = facts.rebuild();
        facts.recordRebuild(callers.current().getLoginName(), result);
        return result;
    }
}
