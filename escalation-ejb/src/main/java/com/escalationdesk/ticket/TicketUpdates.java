package com.escalationdesk.ticket;

import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import com.escalationdesk.shared.StaleVersion;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Changes to a ticket by another system, each only if the ticket is still as the caller last read it
 * (its version, the API's {@code If-Match}), checked and applied in one transaction. Every change
 * goes through {@link Tickets}, so the same rules, clocks, notices and audit apply as on the screens.
 */
@Stateless
@Boundary
public class TicketUpdates {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private TicketLookup lookup;

    @Inject
    private Tickets tickets;

    /**
     * Applies the change if the ticket's version is {@code expectedVersion} (null: whatever it is now)
     * and returns the ticket as the change left it.
     */
    @RolesAllowed(Role.AGENT_NAME)
    public TicketSnapshot apply(String number, Long expectedVersion, TicketChange change) {
        RuleViolation.require(change, "Change");
        Ticket ticket = expected(number, expectedVersion);
        String n = ticket.getNumber();
        if (change instanceof TicketChange.Fields fields) {
            if (fields.priority() != null && fields.priority() != ticket.getPriority()) {
                tickets.changePriority(n, fields.priority());
            }
            if (fields.category() != null && fields.category() != ticket.getCategory()) {
                tickets.changeCategory(n, fields.category());
            }
        } else if (change instanceof TicketChange.Claim) {
            tickets.claim(n);
        } else if (change instanceof TicketChange.Assign assign) {
            tickets.reassign(n, assign.agentLogin());
        } else if (change instanceof TicketChange.WaitOnCustomer wait) {
            tickets.waitOnCustomer(n, wait.question());
        } else if (change instanceof TicketChange.Resume) {
            tickets.resume(n);
        } else if (change instanceof TicketChange.Resolve resolve) {
            tickets.resolve(n, resolve.summary(), resolve.withdrawPendingDecisions());
        } else if (change instanceof TicketChange.Reopen reopen) {
            tickets.reopen(n, reopen.reason());
        } else if (change instanceof TicketChange.Close) {
            tickets.close(n);
        } else if (change instanceof TicketChange.Link link) {
            tickets.link(n, link.other());
        } else if (change instanceof TicketChange.Unlink unlink) {
            tickets.unlink(n, unlink.other());
        } else if (change instanceof TicketChange.Merge merge) {
            tickets.merge(n, merge.survivor());
        }
        // the version the answer carries is the one the commit leaves
        StaleCheck.flush(em, "ticket " + n);
        return TicketSnapshot.of(ticket);
    }

    /** Adds an internal note or a public reply if the ticket is at {@code expectedVersion} (null: whatever it is now). */
    @RolesAllowed(Role.AGENT_NAME)
    public AddedNote addNote(String number, Long expectedVersion, String body, NoteVisibility visibility) {
        Ticket ticket = expected(number, expectedVersion);
        long id = tickets.addNote(ticket.getNumber(), body, visibility);
        StaleCheck.flush(em, "ticket " + ticket.getNumber());
        NoteView note = ticket.getNotes().stream().filter(x -> x.getId() == id).findFirst().map(NoteView::of).orElseThrow();
        return new AddedNote(note, TicketSnapshot.of(ticket));
    }

    /** A note just added, and its ticket as the note left it. */
    public record AddedNote(NoteView note, TicketSnapshot ticket) implements java.io.Serializable {
    }

    private Ticket expected(String number, Long expectedVersion) {
        Ticket ticket = lookup.byNumber(number);
        // a caller who may not see the ticket learns nothing of its version
        TierPolicy.requireView(callers.current(), ticket);
        if (expectedVersion != null && ticket.getVersion() != expectedVersion) {
            throw new StaleVersion(ticket.getNumber() + " has changed since you read it (you read version " + expectedVersion
                    + ", it is at version " + ticket.getVersion() + " now); read it again and decide again.");
        }
        return ticket;
    }
}
