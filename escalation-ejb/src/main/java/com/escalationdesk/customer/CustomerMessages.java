package com.escalationdesk.customer;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.Notifier;
import com.escalationdesk.shared.StaleCheck;
import com.escalationdesk.sla.SlaClocks;
import com.escalationdesk.ticket.Note;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketEvent;
import com.escalationdesk.ticket.TicketEvents;
import com.escalationdesk.ticket.TicketStatus;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * A customer's message on their case, however it came (the status page, an email): it resumes a
 * case waiting on them and reopens a resolved one; whoever works the case hears of it; the audit
 * trail and the ticket's events say so, in the caller's transaction.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CustomerMessages {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private SlaClocks serviceLevels;

    @Inject
    private Notifier notifier;

    @Inject
    private AuditTrail audit;

    @Inject
    private TicketEvents events;

    @Inject
    private Clock clock;

    /**
     * @param channel the identity the message is written under (the status page's, the email channel's)
     * @param how where it was written, as words that follow "wrote" ("on the status page", "by email")
     */
    public Note wrote(Ticket ticket, Agent channel, String text, String how) {
        Instant now = clock.instant();
        Map<String, Object> before = ticket.auditState();
        TicketStatus was = ticket.getStatus();
        Note note = ticket.addCustomerMessage(channel, text, now);
        serviceLevels.follow(ticket, now);
        StaleCheck.flush(em, "ticket " + ticket.getNumber());
        audit.record(AuditEntry.ticketChain(ticket.getNumber()), channel.getLoginName(), AuditAction.CUSTOMER_REPLIED,
                ticket.getCustomer().getName() + " wrote " + how + (was == TicketStatus.RESOLVED
                        ? " and so reopened the case" : was == TicketStatus.PENDING_CUSTOMER ? ", which resumed the case" : "")
                        + ": " + note.summary(), before, ticket.auditState());
        String message = ticket.getCustomer().getName() + " wrote on " + ticket.getNumber() + " (" + ticket.getSubject()
                + "): " + note.summary();
        NotificationKind kind = was == TicketStatus.RESOLVED ? NotificationKind.TICKET_REOPENED : NotificationKind.CUSTOMER_REPLIED;
        notifier.tellWhoWorks(ticket, kind, message, null);
        if (was == TicketStatus.RESOLVED) {
            events.raise(new TicketEvent.Reopened(ticket, null, note.summary(), now, false));
        }
        events.raise(new TicketEvent.CustomerWrote(ticket, now, false));
        return note;
    }
}
