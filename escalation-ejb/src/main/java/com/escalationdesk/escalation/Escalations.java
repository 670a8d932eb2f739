package com.escalationdesk.escalation;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.ManagerScope;
import com.escalationdesk.directory.Role;
import com.escalationdesk.directory.Team;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.Notifier;
import com.escalationdesk.policy.PolicyEngine;
import com.escalationdesk.policy.PolicyFacts;
import com.escalationdesk.policy.PolicyStage;
import com.escalationdesk.policy.PolicyVerdict;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketEvent;
import com.escalationdesk.ticket.TicketEvents;
import com.escalationdesk.ticket.TicketLookup;
import com.escalationdesk.ticket.TierPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;

/**
 * Functional escalations: an agent hands a ticket to a team with the expertise, and that team
 * accepts it or returns it. Each operation checks the caller's role, then their team, then writes
 * the change and its audit entry in one transaction.
 */
@Stateless
@Boundary
public class Escalations {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private TicketLookup tickets;

    @Inject
    private AuditTrail audit;

    @Inject
    private PolicyEngine policy;

    @Inject
    private ManagerScope scope;

    @Inject
    private Notifier notifier;

    @Inject
    private TicketEvents events;

    @Inject
    private Clock clock;

    /**
     * Hands the ticket to another team. The active policy proposes the target: without a chosen team
     * the proposal is taken; a different choice is allowed but flagged as against the policy. The
     * escalation records the policy version and rule, and the time by which it must be accepted.
     */
    @RolesAllowed(Role.AGENT_NAME)
    public long escalate(EscalationRequest request) {
        Agent caller = callers.current();
        RuleViolation.require(request, "Escalation");
        if (request.reason() == EscalationReason.SLA_BREACH) {
            throw new RuleViolation("Only the SLA monitor escalates for a breached service level; choose the reason"
                    + " the ticket needs more than this tier.");
        }
        Ticket ticket = tickets.byNumber(request.ticketNumber());
        TierPolicy.requireWork(caller, ticket);
        Instant now = clock.instant();
        PolicyVerdict verdict = policy.verdict(PolicyStage.ESCALATION, PolicyFacts.of(ticket, now).withReason(request.reason()));
        Team proposed = verdict.routeTo();
        Team target = request.targetTeamId() == null ? proposed : em.find(Team.class, request.targetTeamId());
        if (request.targetTeamId() != null && target == null) {
            throw new NotFound("That team no longer exists.");
        }
        if (target == null) {
            throw new RuleViolation("Choose the team to escalate to; the escalation policy proposes none for this ticket.");
        }
        HandoffSummary handoff = new HandoffSummary(request.issue(), request.stepsTaken(), request.needed());
        Map<String, Object> before = ticket.auditState();
        Escalation escalation = ticket.escalateFunctionally(target, caller, request.reason(), handoff, now);
        escalation.governedBy(verdict.version(), verdict.ruleName(), proposed, verdict.acceptBy(now));
        em.persist(escalation);
        StaleCheck.flush(em, "ticket " + ticket.getNumber());
        audit.record(AuditEntry.ticketChain(ticket.getNumber()), caller.getLoginName(), AuditAction.ESCALATED,
                "Escalated to " + target.getName() + " (" + target.getTier().label() + "), reason "
                        + request.reason().label() + ", under " + verdict.describe()
                        + (escalation.isAgainstPolicy() ? " — AGAINST POLICY, which proposes " + proposed.getName() : "")
                        + ". Issue: " + handoff.issue() + " | Steps taken: "
                        + handoff.stepsTaken() + " | Needed: " + handoff.needed(),
                before, escalation.auditStateWithTicket());
        events.raise(new TicketEvent.Escalated(ticket, escalation, caller.getDisplayName() + " ("
                + escalation.getFromTeam().getName() + ") escalated " + ticket.getNumber() + " (" + ticket.getSubject()
                + ") to " + target.getName() + ", reason " + request.reason().label() + ". Needed: " + handoff.needed(),
                now, false));
        if (verdict.matched() && verdict.rule().getNotify() != null) {
            notifier.tell(verdict.rule().getNotify(), NotificationKind.POLICY_ALERT, ticket.getNumber(),
                    "Rule “" + verdict.ruleName() + "”: " + ticket.getNumber() + " escalated to " + target.getName()
                            + " by " + caller.getDisplayName() + (escalation.isAgainstPolicy() ? " (against policy)" : "")
                            + ": " + ticket.getSubject());
        }
        return escalation.getId();
    }

    @RolesAllowed(Role.AGENT_NAME)
    public void accept(long escalationId) {
        accept(escalationId, null);
    }

    /** Accepts, with the receiving agent's rating of the handoff (null: not rated). */
    @RolesAllowed(Role.AGENT_NAME)
    public void accept(long escalationId, HandoffRating rating) {
        decide(escalationId, TierPolicy::requireDecide, AuditAction.ESCALATION_ACCEPTED,
                (caller, escalation) -> {
                    escalation.getTicket().acceptEscalation(escalation, caller, clock.instant());
                    escalation.rateHandoff(rating);
                },
                (caller, escalation) -> "Escalation accepted by " + caller.getDisplayName() + " for "
                        + escalation.getToTeam().getName() + rated(escalation),
                (caller, escalation) -> new TicketEvent.EscalationAccepted(escalation.getTicket(), escalation, caller,
                        clock.instant(), false));
    }

    @RolesAllowed(Role.AGENT_NAME)
    public void returnToSender(long escalationId, String reason) {
        returnToSender(escalationId, reason, null);
    }

    /** Returns, with the receiving agent's rating of the handoff (null: not rated). */
    @RolesAllowed(Role.AGENT_NAME)
    public void returnToSender(long escalationId, String reason, HandoffRating rating) {
        decide(escalationId, TierPolicy::requireDecide, AuditAction.ESCALATION_RETURNED,
                (caller, escalation) -> {
                    escalation.getTicket().returnEscalation(escalation, caller, reason, clock.instant());
                    escalation.rateHandoff(rating);
                },
                (caller, escalation) -> "Escalation returned to " + escalation.getFromTeam().getName() + ": "
                        + escalation.getDecisionNote() + rated(escalation),
                (caller, escalation) -> new TicketEvent.EscalationReturned(escalation.getTicket(), escalation, caller,
                        clock.instant(), false));
    }

    /** The sending team takes a pending escalation back; the ticket returns to them. */
    @RolesAllowed(Role.AGENT_NAME)
    public void withdraw(long escalationId) {
        decide(escalationId, TierPolicy::requireWithdraw, AuditAction.ESCALATION_WITHDRAWN,
                (caller, escalation) -> escalation.getTicket().withdrawEscalation(escalation, caller, clock.instant()),
                (caller, escalation) -> "Escalation to " + escalation.getToTeam().getName() + " withdrawn by "
                        + caller.getDisplayName(),
                (caller, escalation) -> new TicketEvent.EscalationWithdrawn(escalation.getTicket(), escalation, caller,
                        clock.instant(), false));
    }

    /**
     * A decision on a pending escalation by a side the check allows, audited with the state before and
     * after, then raised as its event.
     */
    private void decide(long escalationId, BiConsumer<Agent, Escalation> check, AuditAction action,
            BiConsumer<Agent, Escalation> change, BiFunction<Agent, Escalation, String> summary,
            BiFunction<Agent, Escalation, TicketEvent> event) {
        Agent caller = callers.current();
        Escalation escalation = find(escalationId);
        check.accept(caller, escalation);
        Ticket ticket = escalation.getTicket();
        Map<String, Object> before = escalation.auditStateWithTicket();
        change.accept(caller, escalation);
        StaleCheck.flush(em, "ticket " + ticket.getNumber());
        audit.record(AuditEntry.ticketChain(ticket.getNumber()), caller.getLoginName(), action,
                summary.apply(caller, escalation), before, escalation.auditStateWithTicket());
        events.raise(event.apply(caller, escalation));
    }

    /**
     * The escalations still waiting to be accepted, oldest first: what a manager watches. By default
     * those from or to the caller's teams (their reporting lines); with {@code allTeams}, the whole desk.
     */
    @RolesAllowed(Role.MANAGER_NAME)
    public List<PendingEscalation> pending(boolean allTeams) {
        Instant now = clock.instant();
        if (allTeams) {
            return em.createNamedQuery(Escalation.ALL_PENDING, Escalation.class).setMaxResults(500)
                    .getResultStream().map(e -> PendingEscalation.of(e, now)).toList();
        }
        Set<Team> teams = scope.teamsOf(callers.current());
        if (teams.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Escalation.PENDING_FOR_TEAMS, Escalation.class).setParameter("teams", teams)
                .setMaxResults(500).getResultStream().map(e -> PendingEscalation.of(e, now)).toList();
    }

    private static String rated(Escalation escalation) {
        return escalation.hasRating() ? "; handoff rated " + escalation.getHandoffRating().describe() : "";
    }

    /** One escalation, for whoever may see its ticket. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public EscalationView view(long escalationId) {
        Escalation escalation = find(escalationId);
        TierPolicy.requireView(callers.current(), escalation.getTicket());
        return EscalationView.of(escalation, clock.instant());
    }

    private Escalation find(long id) {
        Escalation e = em.find(Escalation.class, id);
        if (e == null) {
            throw new NotFound("There is no escalation " + id + ".");
        }
        return e;
    }
}
