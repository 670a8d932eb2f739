package com.escalationdesk.notification;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Team;
import com.escalationdesk.mail.DeliveryTime;
import com.escalationdesk.mail.MailOutbox;
import com.escalationdesk.shared.AppLinks;
import com.escalationdesk.sla.BusinessCalendar;
import com.escalationdesk.ticket.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;

/**
 * Tells someone about a ticket: a message in their notification centre and, when they chose that
 * event for email, an email in the outbox. Both are written in the caller's transaction: if the
 * operation that caused them rolls back, nobody is told about something that did not happen, and
 * the email goes out only after it commits.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Notifier {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private MailOutbox outbox;

    @Inject
    private AppLinks links;

    @Inject
    private Clock clock;

    /** Something to act on now: the email goes at once. */
    public void tell(Agent recipient, NotificationKind kind, String ticketNumber, String message) {
        tell(recipient, kind, ticketNumber, message, true, null, null);
    }

    /** The active members of a team, each told as by {@link #tell}. */
    public void tellTeam(Team team, NotificationKind kind, String ticketNumber, String message) {
        if (team != null) {
            em.createNamedQuery(Agent.IN_TEAM, Agent.class).setParameter("team", team).getResultStream()
                    .forEach(member -> tell(member, kind, ticketNumber, message));
        }
    }

    /**
     * Whoever works the ticket: its assignee, or its team while nobody holds it; never the person
     * who caused the news ({@code causedBy}, may be null).
     */
    public void tellWhoWorks(Ticket ticket, NotificationKind kind, String message, Agent causedBy) {
        if (ticket.getAssignee() == null) {
            em.createNamedQuery(Agent.IN_TEAM, Agent.class).setParameter("team", ticket.getTeam()).getResultStream()
                    .filter(member -> !member.sameAs(causedBy))
                    .forEach(member -> tell(member, kind, ticket.getNumber(), message));
        } else if (!ticket.getAssignee().sameAs(causedBy)) {
            tell(ticket.getAssignee(), kind, ticket.getNumber(), message);
        }
    }

    public void tellAll(Collection<Agent> recipients, NotificationKind kind, String ticketNumber, String message) {
        recipients.forEach(r -> tell(r, kind, ticketNumber, message));
    }

    /**
     * A reminder or warning that is not urgent: in the app at once, but its email waits for the
     * recipient's working hours (their own, else the given service hours).
     */
    public void remind(Agent recipient, NotificationKind kind, String ticketNumber, String message,
            BusinessCalendar serviceHours) {
        tell(recipient, kind, ticketNumber, message, false, serviceHours, null);
    }

    /** A warning of a service-level clock: like {@link #remind}, and its email is withdrawn if the clock stops first. */
    public void warn(Agent recipient, String ticketNumber, String message, BusinessCalendar serviceHours, long slaClockId) {
        tell(recipient, NotificationKind.SLA_AT_RISK, ticketNumber, message, false, serviceHours, slaClockId);
    }

    private void tell(Agent recipient, NotificationKind kind, String ticketNumber, String message, boolean urgent,
            BusinessCalendar serviceHours, Long slaClockId) {
        if (recipient == null || !recipient.isActive()) {
            return;
        }
        Instant now = clock.instant();
        Notification notification = new Notification(recipient, kind, ticketNumber, message, now);
        em.persist(notification);
        if (recipient.wantsEmailAbout(kind)) {
            outbox.queue(recipient.getEmail(), subject(kind, ticketNumber), body(recipient, kind, ticketNumber,
                    notification.getMessage()), ticketNumber,
                    DeliveryTime.of(now, urgent, recipient.getWorkingHours(), serviceHours), slaClockId);
        }
    }

    private static String subject(NotificationKind kind, String ticketNumber) {
        return (ticketNumber == null ? "" : "[" + ticketNumber + "] ") + kind.label();
    }

    private String body(Agent recipient, NotificationKind kind, String ticketNumber, String message) {
        return "Hello " + recipient.getDisplayName() + ",\n\n"
                + message + "\n\n"
                + (ticketNumber == null ? "" : "Open the ticket: " + links.ticket(ticketNumber) + "\n\n")
                + "You get this email because \u201c" + kind.label() + "\u201d is on in your notification settings:\n"
                + links.notificationSettings() + "\n\n"
                + "Escalation Desk\n";
    }
}
