package com.escalationdesk.ticket;

import com.escalationdesk.shared.StaleCheck;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Where commands raise what happened to a ticket, once its own audit entry is written, in its
 * transaction: the reactions ({@code @Observes TicketEvent}, in {@link com.escalationdesk.shared.ReactionOrder})
 * run at once, and what they changed is written before the command returns, so that a conflict with
 * someone else's change is reported as such ("reload and try again") rather than at commit.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class TicketEvents {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Event<TicketEvent> reactions;

    public void raise(TicketEvent event) {
        reactions.fire(event);
        StaleCheck.flush(em, "ticket " + event.ticket().getNumber());
    }
}
