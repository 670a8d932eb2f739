package com.escalationdesk.ticket;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.customer.CustomerEvent;
import com.escalationdesk.customer.CustomerNotices;
import com.escalationdesk.directory.Customer;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.Notifier;
import com.escalationdesk.policy.PolicyEngine;
import com.escalationdesk.policy.PolicyFacts;
import com.escalationdesk.policy.PolicyStage;
import com.escalationdesk.policy.PolicyVerdict;
import com.escalationdesk.sla.SlaClocks;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * What taking in a ticket does, however it came (an agent's intake, an email): the intake policy
 * routes and prioritises it, its service-level clocks start, the customer hears it was received,
 * and the audit trail and the policy's alert say so, in the caller's transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TicketOpening {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private AuditTrail audit;

    @Inject
    private PolicyEngine policy;

    @Inject
    private Notifier notifier;

    @Inject
    private SlaClocks serviceLevels;

    @Inject
    private CustomerNotices customerNotices;

    /**
     * Opens the new ticket; returns its number.
     *
     * @param actor who the audit trail names
     * @param channel how it came, as words that follow "taken in" (" by email"), or empty
     * @param numbered told the ticket once it has its number, before the customer is emailed
     */
    public String open(Ticket ticket, boolean newCustomer, String actor, String channel, Consumer<Ticket> numbered) {
        Instant now = ticket.getCreatedAt();
        Customer customer = ticket.getCustomer();
        PolicyVerdict verdict = policy.verdict(PolicyStage.INTAKE, PolicyFacts.of(ticket, now));
        if (verdict.routeTo() != null) {
            ticket.routeAtIntake(verdict.routeTo(), verdict.version(), verdict.ruleName(), now);
        }
        if (verdict.priority() != null) {
            ticket.changePriority(verdict.priority(), now);
        }
        em.persist(ticket);
        ticket.assignNumber();
        numbered.accept(ticket);
        serviceLevels.start(ticket, now);
        customerNotices.tell(ticket, CustomerEvent.RECEIVED);
        audit.record(AuditEntry.ticketChain(ticket.getNumber()), actor, AuditAction.TICKET_CREATED,
                "Ticket " + ticket.getNumber() + " taken in" + channel + " for " + (newCustomer ? "new customer " : "")
                        + customer.getName() + (newCustomer ? " <" + customer.getEmail() + ">, " + customer.getSegment().label()
                                + ", " + customer.zone().getId() : "") + ": " + ticket.getSubject()
                        + (verdict.matched() ? ". By " + verdict.describe() + ": " + verdict.rule().actionText() : ""),
                null, ticket.auditState());
        if (verdict.matched() && verdict.rule().getNotify() != null) {
            notifier.tell(verdict.rule().getNotify(), NotificationKind.POLICY_ALERT, ticket.getNumber(),
                    "Rule “" + verdict.ruleName() + "”: " + ticket.getNumber() + " taken in for " + customer.getName()
                            + " (" + ticket.getPriority().label() + "): " + ticket.getSubject());
        }
        return ticket.getNumber();
    }
}
