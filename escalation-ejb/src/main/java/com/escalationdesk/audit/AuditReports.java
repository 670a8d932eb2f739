package com.escalationdesk.audit;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.TicketLookup;
import com.escalationdesk.ticket.TierPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Verifying the audit trail's hash chains, and exporting it per ticket or per period. */
@Stateless
@Boundary
public class AuditReports {

    /** Entries read per round trip while verifying; the persistence context is cleared after each page. */
    static final int PAGE = 2_000;
    /** The most entries one period export returns; a longer period must be split. */
    public static final int MAX_EXPORT = 100_000;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private TicketLookup tickets;

    @RolesAllowed(Role.ADMIN_NAME)
    public AuditVerification verify() {
        AuditChainVerifier verifier = new AuditChainVerifier();
        TypedQuery<AuditEntry> query = em.createNamedQuery(AuditEntry.ALL_IN_CHAIN_ORDER, AuditEntry.class)
                .setMaxResults(PAGE);
        for (int first = 0; ; first += PAGE) {
            List<AuditEntry> page = query.setFirstResult(first).getResultList();
            page.forEach(verifier::accept);
            em.clear();
            if (page.size() < PAGE) {
                return verifier.result();
            }
        }
    }

    /** A ticket's whole trail, for whoever may see the ticket. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<AuditRow> ticketTrail(String ticketNumber) {
        var ticket = tickets.byNumber(ticketNumber);
        TierPolicy.requireView(callers.current(), ticket);
        return em.createNamedQuery(AuditEntry.CHAIN, AuditEntry.class)
                .setParameter("chainKey", AuditEntry.ticketChain(ticket.getNumber()))
                .getResultStream().map(AuditRow::of).toList();
    }

    /** Everything recorded in [from, to), in time order. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<AuditRow> period(Instant from, Instant to) {
        RuleViolation.require(from, "The start of the period");
        RuleViolation.require(to, "The end of the period");
        if (!to.isAfter(from)) {
            throw new RuleViolation("The period must end after it starts.");
        }
        if (Duration.between(from, to).toDays() > 366) {
            throw new RuleViolation("Export at most a year at a time.");
        }
        List<AuditRow> rows = em.createNamedQuery(AuditEntry.IN_PERIOD, AuditEntry.class)
                .setParameter("from", from).setParameter("to", to)
                .setMaxResults(MAX_EXPORT + 1)
                .getResultStream().map(AuditRow::of).toList();
        if (rows.size() > MAX_EXPORT) {
            throw new RuleViolation("The period holds more than " + MAX_EXPORT + " entries; export a shorter period.");
        }
        return rows;
    }
}
