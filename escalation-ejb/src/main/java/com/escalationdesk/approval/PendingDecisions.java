package com.escalationdesk.approval;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.Notifier;
import com.escalationdesk.shared.StaleCheck;
import com.escalationdesk.ticket.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decision requests of a ticket that still wait for approval, and their fate when the ticket is
 * resolved without them: withdrawn with the resolution as the reason, on the ticket's audit chain,
 * and their approvers and requester told, in the resolving transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PendingDecisions {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private Notifier notifier;

    @Inject
    private ApproversToTell approvers;

    @Inject
    private Clock clock;

    public List<DecisionRequest> of(Ticket ticket) {
        return em.createNamedQuery(DecisionRequest.PENDING_FOR_TICKET, DecisionRequest.class)
                .setParameter("ticket", ticket).getResultList();
    }

    /** What the agent must confirm before resolving, or null when nothing waits. */
    public String confirmationNeeded(Ticket ticket) {
        List<DecisionRequest> pending = of(ticket);
        if (pending.isEmpty()) {
            return null;
        }
        return "Ticket " + ticket.getNumber() + (pending.size() == 1 ? " has a decision" : " has decisions")
                + " waiting for approval: " + String.join("; ", pending.stream().map(PendingDecisions::describe).toList())
                + ". Resolving withdraws " + (pending.size() == 1 ? "it" : "them")
                + " with the resolution as the reason and tells the approvers; confirm to resolve.";
    }

    public void withdrawOnResolution(Ticket ticket, Agent resolvedBy) {
        for (DecisionRequest request : of(ticket)) {
            Set<Agent> told = new LinkedHashSet<>(approvers.of(request));
            if (!request.getRequestedBy().sameAs(resolvedBy)) {
                told.add(request.getRequestedBy());
            }
            Map<String, Object> before = request.auditState();
            request.withdraw(ticket.getResolutionSummary(), clock.instant());
            StaleCheck.flush(em, "decision request " + request.getId());
            String outcome = describe(request) + " withdrawn: " + resolvedBy.getDisplayName() + " resolved "
                    + ticket.getNumber() + " while it waited for approval (" + ticket.getResolutionSummary() + ")";
            audit.record(AuditEntry.ticketChain(ticket.getNumber()), resolvedBy.getLoginName(),
                    AuditAction.DECISION_WITHDRAWN, outcome, before, request.auditState());
            told.removeIf(resolvedBy::sameAs);
            notifier.tellAll(told, NotificationKind.DECISION_DECIDED, ticket.getNumber(),
                    outcome + "; nothing is left to decide.");
        }
    }

    private static String describe(DecisionRequest r) {
        return r.getKind().getLabel() + (r.getMoney() == null ? "" : " of " + r.getMoney()) + " (request #" + r.getId() + ")";
    }
}
