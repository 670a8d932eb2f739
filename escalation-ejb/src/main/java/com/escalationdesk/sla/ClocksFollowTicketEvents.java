package com.escalationdesk.sla;

import com.escalationdesk.shared.ReactionOrder;
import com.escalationdesk.ticket.TicketEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * The service-level clocks keep step with what happens to a ticket: an escalation, its acceptance,
 * return or withdrawal and a resolution pause, resume or stop them as the ticket's status asks; a
 * reopening starts new resolution and update clocks.
 */
@ApplicationScoped
public class ClocksFollowTicketEvents {

    @Inject
    private SlaClocks clocks;

    void on(@Observes @Priority(ReactionOrder.CLOCKS) TicketEvent event) {
        if (event.history()) {
            return;
        }
        if (event instanceof TicketEvent.Reopened) {
            clocks.reopened(event.ticket(), event.at());
        } else {
            clocks.follow(event.ticket(), event.at());
        }
    }
}
