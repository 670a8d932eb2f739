package com.escalationdesk.ticket;

import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.Boundary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Who else is on a ticket, and whether it changed since a page showed it: a ticket's open page beats
 * every few seconds ({@link #beat}), so that two agents see each other before one of them is told
 * that the other's change came first.
 */
@Stateless
@Boundary
@RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class TicketPresence {

    /** A page that has not beaten for this long is taken as closed. */
    static final Duration GONE_AFTER = Duration.ofSeconds(45);
    /** Someone who stopped typing this long ago is no longer said to be writing. */
    static final Duration WRITING_FOR = Duration.ofSeconds(20);
    /** Rows older than this are removed as beats come in. */
    private static final Duration FORGOTTEN_AFTER = Duration.ofMinutes(10);

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private TicketLookup tickets;

    @Inject
    private Clock clock;

    /**
     * The caller has the ticket's page open, showing it as of its audit entry {@code shownSequenceNo},
     * and is {@code writing} in its conversation or not: who else has it open, which of them are
     * writing, and the newest step someone else took since (if any).
     */
    public TicketPresenceView beat(String ticketNumber, long shownSequenceNo, boolean writing) {
        Agent me = callers.current();
        Ticket ticket = tickets.byNumber(ticketNumber);
        TierPolicy.requireView(me, ticket);
        Instant now = clock.instant();
        int seen = em.createNamedQuery(writing ? TicketViewer.SEEN_WRITING : TicketViewer.SEEN).setParameter("now", now)
                .setParameter("ticket", ticket).setParameter("agent", me).executeUpdate();
        if (seen == 0) {
            em.persist(new TicketViewer(ticket, me, now, writing));
        }
        em.createNamedQuery(TicketViewer.FORGET_BEFORE).setParameter("ticket", ticket)
                .setParameter("before", now.minus(FORGOTTEN_AFTER)).executeUpdate();
        List<TicketViewer> viewers = em.createNamedQuery(TicketViewer.OTHERS_SINCE, TicketViewer.class).setParameter("ticket", ticket)
                .setParameter("agent", me).setParameter("since", now.minus(GONE_AFTER)).getResultList();
        List<String> others = viewers.stream().map(v -> v.getAgent().getDisplayName()).distinct().toList();
        List<String> writers = viewers.stream().filter(v -> v.writingSince(now.minus(WRITING_FOR)))
                .map(v -> v.getAgent().getDisplayName()).distinct().toList();
        AuditEntry newest = em.createNamedQuery(AuditEntry.CHAIN_HEAD, AuditEntry.class)
                .setParameter("chainKey", AuditEntry.ticketChain(ticket.getNumber())).getResultStream().findFirst().orElse(null);
        if (newest == null || newest.getSequenceNo() <= shownSequenceNo || newest.getActor().equals(me.getLoginName())) {
            return new TicketPresenceView(others, writers, null, null, null);
        }
        String by = em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("loginName", newest.getActor())
                .getResultStream().findFirst().map(Agent::getDisplayName).orElse(newest.getActor());
        return new TicketPresenceView(others, writers, by, newest.getAction().label(), newest.getOccurredAt());
    }
}
