package com.escalationdesk.notification;

import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.shared.ReactionOrder;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The people who must act hear of a ticket event: the receiving team of an escalation, whoever
 * escalated a ticket that came back, whoever works a reopened ticket, and the colleagues a note names.
 */
@ApplicationScoped
public class PeopleHearOfTicketEvents {

    @Inject
    private Notifier notifier;

    void on(@Observes @Priority(ReactionOrder.PEOPLE) TicketEvent event) {
        if (event.history()) {
            return;
        }
        Ticket ticket = event.ticket();
        if (event instanceof TicketEvent.Escalated escalated) {
            notifier.tellTeam(escalated.escalation().getToTeam(), NotificationKind.ESCALATION_RECEIVED, ticket.getNumber(),
                    escalated.notice());
        } else if (event instanceof TicketEvent.EscalationReturned returned) {
            Escalation e = returned.escalation();
            String message = e.getToTeam().getName() + " returned " + ticket.getNumber() + " (" + ticket.getSubject()
                    + ") to " + e.getFromTeam().getName() + ": " + e.getDecisionNote();
            if (e.getRequestedBy().isActive()) {
                notifier.tell(e.getRequestedBy(), NotificationKind.ESCALATION_RETURNED, ticket.getNumber(), message);
            } else {
                // escalated by the SLA monitor (or by someone who has left): the team it came from hears of it
                notifier.tellTeam(e.getFromTeam(), NotificationKind.ESCALATION_RETURNED, ticket.getNumber(), message);
            }
        } else if (event instanceof TicketEvent.ColleaguesMentioned mentioned) {
            notifier.tellAll(mentioned.colleagues(), NotificationKind.MENTIONED, ticket.getNumber(), mentioned.by().getDisplayName()
                    + " named you in a note on " + ticket.getNumber() + " (" + ticket.getSubject() + "): " + mentioned.excerpt());
        } else if (event instanceof TicketEvent.Reopened reopened && reopened.by() != null) {
            notifier.tellWhoWorks(ticket, NotificationKind.TICKET_REOPENED, reopened.by().getDisplayName() + " reopened "
                    + ticket.getNumber() + " (" + ticket.getSubject() + "): " + reopened.reason(), reopened.by());
        }
    }
}
