package com.escalationdesk.customer;

import com.escalationdesk.shared.ReactionOrder;
import com.escalationdesk.ticket.TicketEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The customer's email when their case is escalated, resolved or reopened (sent after commit). */
@ApplicationScoped
public class CustomerHearsOfTicketEvents {

    @Inject
    private CustomerNotices notices;

    void on(@Observes @Priority(ReactionOrder.CUSTOMER) TicketEvent event) {
        if (event.history()) {
            return;
        }
        if (event instanceof TicketEvent.Escalated) {
            notices.tell(event.ticket(), CustomerEvent.ESCALATED);
        } else if (event instanceof TicketEvent.Resolved) {
            notices.tell(event.ticket(), CustomerEvent.RESOLVED);
        } else if (event instanceof TicketEvent.Reopened) {
            notices.tell(event.ticket(), CustomerEvent.REOPENED);
        }
    }
}
