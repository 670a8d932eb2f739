package com.escalationdesk.exacerbation;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.ManagerScope;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.Team;
import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.escalation.EscalationView;
import com.escalationdesk.knowledge.Article;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.Notifier;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import com.escalationdesk.sla.Responsibles;
import com.escalationdesk.ticket.Ticket;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The managers' review of exacerbations: the queue (by default the cases from, to or through the
 * manager's teams, as the other manager lists), and the review that records the root cause, the
 * action taken and where it leads. A coaching note goes to the team lead of the agent who escalated.
 */
@Stateless
@Boundary
public class Exacerbations {

    /** An exacerbation {@code x} whose ticket is with, came from or went to one of {@code :teams} (JPQL). */
    public static final String IN_SCOPE = " (x.ticket.team IN :teams OR EXISTS (SELECT e FROM Escalation e"
            + " WHERE e.ticket = x.ticket AND (e.fromTeam IN :teams OR e.toTeam IN :teams)))";

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private ManagerScope scope;

    @Inject
    private AuditTrail audit;

    @Inject
    private Notifier notifier;

    @Inject
    private Clock clock;

    /** Waiting for review first (oldest first), then, with {@code reviewedToo}, the reviewed ones (newest first). */
    @RolesAllowed(Role.MANAGER_NAME)
    public List<ExacerbationRow> queue(boolean allTeams, boolean reviewedToo) {
        Set<Team> teams = allTeams ? Set.of() : scope.teamsOf(callers.current());
        if (!allTeams && teams.isEmpty()) {
            return List.of();
        }
        String where = (reviewedToo ? "" : "x.reviewedAt IS NULL") + (allTeams ? "" : (reviewedToo ? "" : " AND") + IN_SCOPE);
        var query = em.createQuery("SELECT x FROM Exacerbation x" + (where.isBlank() ? "" : " WHERE " + where)
                + " ORDER BY x.detectedAt DESC", Exacerbation.class).setMaxResults(300);
        if (!allTeams) {
            query.setParameter("teams", teams);
        }
        // waiting ones first, oldest first; then the reviewed, newest review first (sorted here: databases order nulls differently)
        Comparator<Exacerbation> order = Comparator.comparing(Exacerbation::isReviewed)
                .thenComparing((a, b) -> a.isReviewed() ? b.getReviewedAt().compareTo(a.getReviewedAt())
                        : a.getDetectedAt().compareTo(b.getDetectedAt()));
        return query.getResultStream().sorted(order).map(this::row).toList();
    }

    @RolesAllowed(Role.MANAGER_NAME)
    public void review(long id, RootCause cause, String action, ReviewOutcome outcome, String reference) {
        Agent manager = callers.current();
        Exacerbation x = em.find(Exacerbation.class, id);
        if (x == null) {
            throw new NotFound("There is no such exacerbation.");
        }
        requireInScope(manager, x);
        String ref = reference == null ? null : reference.strip();
        if (outcome == ReviewOutcome.NEW_ARTICLE || outcome == ReviewOutcome.FLAGGED_ARTICLE) {
            ref = article(ref);
        }
        Instant now = clock.instant();
        x.review(manager, cause, action, outcome, ref, now);
        StaleCheck.flush(em, "the exacerbation");
        Ticket t = x.getTicket();
        audit.record(AuditEntry.ticketChain(t.getNumber()), manager.getLoginName(), AuditAction.EXACERBATION_REVIEWED,
                "Exacerbation “" + x.getRule().label() + "” reviewed: " + cause.label() + "; " + x.getAction()
                        + " → " + outcome.label().toLowerCase(Locale.ROOT) + (ref == null ? "" : " " + ref),
                null, x.auditState());
        if (outcome == ReviewOutcome.COACHING_NOTE) {
            Set<Agent> leads = leadsOfTheEscalatingAgents(t);
            notifier.tellAll(leads, NotificationKind.COACHING_NOTE, t.getNumber(), manager.getDisplayName()
                    + " asks for coaching after “" + x.getRule().label() + "” on " + t.getNumber() + ": " + x.getAction());
        }
    }

    private ExacerbationRow row(Exacerbation x) {
        Instant now = clock.instant();
        List<EscalationView> handoffs = x.getTicket().getEscalations().stream().map(e -> EscalationView.of(e, now)).toList();
        List<String> also = em.createQuery("SELECT y FROM Exacerbation y WHERE y.ticket = :ticket AND y <> :x"
                        + " ORDER BY y.detectedAt", Exacerbation.class).setParameter("ticket", x.getTicket())
                .setParameter("x", x).getResultStream().map(y -> y.getRule().label()).toList();
        return ExacerbationRow.of(x, handoffs, also);
    }

    /** The case's team, or a team it was escalated from or to, reports to the manager. */
    private void requireInScope(Agent manager, Exacerbation x) {
        Set<Team> teams = scope.teamsOf(manager);
        Ticket t = x.getTicket();
        boolean inScope = teams.contains(t.getTeam()) || t.getEscalations().stream()
                .anyMatch(e -> teams.contains(e.getFromTeam()) || teams.contains(e.getToTeam()));
        if (!inScope) {
            throw new AccessRefused("This case is outside your teams; the managers of its teams review it.");
        }
    }

    private String article(String reference) {
        String n = RuleViolation.requireText(reference, "The article (e.g. KB-12)", 20).toUpperCase(Locale.ROOT);
        long id;
        try {
            id = Long.parseLong(n.startsWith(Article.PREFIX) ? n.substring(Article.PREFIX.length()) : n);
        } catch (NumberFormatException e) {
            throw new RuleViolation("Name the article by its number, e.g. KB-12.");
        }
        if (em.find(Article.class, id) == null) {
            throw new RuleViolation("There is no article " + n + ".");
        }
        return Article.PREFIX + id;
    }

    /** Whom the agents who escalated the case report to, or the leads of the team that has it when none. */
    private Set<Agent> leadsOfTheEscalatingAgents(Ticket t) {
        Set<Agent> leads = new LinkedHashSet<>();
        for (Escalation e : t.getEscalations()) {
            if (e.getRequestedBy().getManager() != null) {
                leads.add(e.getRequestedBy().getManager());
            }
        }
        if (leads.isEmpty()) {
            leads.addAll(Responsibles.leadsOf(t, em.createNamedQuery(Agent.IN_TEAM, Agent.class)
                    .setParameter("team", t.getTeam()).getResultList()));
        }
        return leads;
    }
}
