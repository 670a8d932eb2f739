package com.escalationdesk.ticket;

import com.escalationdesk.shared.NotFound;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Locale;

/**
 * Finds a ticket by its human number, within the caller's transaction and persistence context. The
 * number is the ticket's id behind a prefix ({@link Ticket#assignNumber}), so the ticket is found by its
 * primary key: a second look in one transaction, or one at a ticket it just opened, reads nothing more.
 */
@Stateless
@PermitAll
public class TicketLookup {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    public Ticket byNumber(String number) {
        String normalized = number == null ? "" : number.strip().toUpperCase(Locale.ROOT);
        Long id = Ticket.idOf(normalized);
        Ticket ticket = id == null ? null : em.find(Ticket.class, id);
        if (ticket == null || !normalized.equals(ticket.getNumber())) {
            throw new NotFound("There is no ticket " + (normalized.isEmpty() ? "with that number" : normalized) + ".");
        }
        return ticket;
    }
}
