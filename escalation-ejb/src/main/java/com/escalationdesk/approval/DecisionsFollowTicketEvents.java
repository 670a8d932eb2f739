package com.escalationdesk.approval;

import com.escalationdesk.shared.ReactionOrder;
import com.escalationdesk.ticket.TicketEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** A resolved ticket leaves no decision waiting: what still waits is withdrawn (the agent confirmed it). */
@ApplicationScoped
public class DecisionsFollowTicketEvents {

    @Inject
    private PendingDecisions pending;

    void on(@Observes @Priority(ReactionOrder.DECISIONS) TicketEvent event) {
        if (!event.history() && event instanceof TicketEvent.Resolved resolved) {
            pending.withdrawOnResolution(resolved.ticket(), resolved.by());
        }
    }
}
