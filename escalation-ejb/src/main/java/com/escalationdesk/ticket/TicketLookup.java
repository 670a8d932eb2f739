package com.escalationdesk.ticket;

import com.escalationdesk.shared.NotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Finds a ticket by its human number, within the caller's transaction and persistence context. */
@Stateless
@PermitAll
public class TicketLookup {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    public Ticket byNumber(String number) {
        String normalized = number == null ? "" : number.strip().toUpperCase();
        return em.createNamedQuery(Ticket.BY_NUMBER, Ticket.class)
                .setParameter("number", normalized)
                .getResultStream().findFirst()
                .orElseThrow(() -> new NotFound("There is no ticket " + (normalized.isEmpty() ? "with that number" : normalized) + "."));
    }
}
