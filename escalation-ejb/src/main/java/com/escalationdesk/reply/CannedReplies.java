package com.escalationdesk.reply;

import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.StaleCheck;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketLookup;
import com.escalationdesk.ticket.TierPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Canned replies: each agent's own and their team's shared ones (kept by its team leads), offered in
 * a ticket's reply box with their placeholders filled from the ticket. Every change is on the
 * configuration audit chain.
 */
@Stateless
@Boundary
@RolesAllowed(Role.AGENT_NAME)
public class CannedReplies {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private TicketLookup tickets;

    @Inject
    private AuditTrail audit;

    @Inject
    private Clock clock;

    /** The caller's own replies and their team's shared ones, by title; with whether the caller may change each. */
    public List<CannedReplyView> mine() {
        Agent me = callers.current();
        return em.createNamedQuery(CannedReply.FOR_AGENT, CannedReply.class).setParameter("agent", me)
                .setParameter("team", me.getTeam()).getResultStream().map(r -> CannedReplyView.of(r, me, r.getBody())).toList();
    }

    /** Whether the caller keeps their team's shared replies (a team lead). */
    public boolean mayShare() {
        return CannedReply.isTeamLead(callers.current());
    }

    /** A new reply: the caller's own, or with {@code shared} their team's (team leads only). Returns its id. */
    public long add(String title, String body, boolean shared) {
        Agent me = callers.current();
        CannedReply reply = new CannedReply(me, shared, title, body, clock.instant());
        em.persist(reply);
        em.flush();
        record(me, AuditAction.CANNED_REPLY_SAVED, "added", reply, null);
        return reply.getId();
    }

    /** New words for a reply the caller keeps. */
    public void change(long id, String title, String body) {
        Agent me = callers.current();
        CannedReply reply = find(id, me);
        Map<String, Object> before = reply.auditState();
        reply.change(me, title, body, clock.instant());
        StaleCheck.flush(em, "the canned reply");
        record(me, AuditAction.CANNED_REPLY_SAVED, "changed", reply, before);
    }

    /** Removes a reply the caller keeps. */
    public void remove(long id) {
        Agent me = callers.current();
        CannedReply reply = find(id, me);
        reply.requireKeeper(me);
        Map<String, Object> before = reply.auditState();
        em.remove(reply);
        StaleCheck.flush(em, "the canned reply");
        audit.record(AuditEntry.CONFIGURATION_CHAIN, me.getLoginName(), AuditAction.CANNED_REPLY_REMOVED,
                "Canned reply “" + before.get("title") + "” removed", before, null);
    }

    /**
     * The replies the caller may use, each filled from a ticket they may work: the customer's name, the
     * ticket's number and subject, the caller's name.
     */
    public List<CannedReplyView> filledFor(String ticketNumber) {
        Agent me = callers.current();
        Ticket ticket = tickets.byNumber(ticketNumber);
        TierPolicy.requireWork(me, ticket);
        Map<String, String> values = Map.of("customer", ticket.getCustomer().getName(), "ticket", ticket.getNumber(),
                "subject", ticket.getSubject(), "agent", me.getDisplayName());
        return em.createNamedQuery(CannedReply.FOR_AGENT, CannedReply.class).setParameter("agent", me)
                .setParameter("team", me.getTeam()).getResultStream().map(r -> CannedReplyView.of(r, me, r.fill(values))).toList();
    }

    /** A reply the caller may use (their own or their team's shared one); another's is as if it did not exist. */
    private CannedReply find(long id, Agent me) {
        CannedReply reply = em.find(CannedReply.class, id);
        if (reply == null || !reply.usableBy(me)) {
            throw new NotFound("That canned reply no longer exists.");
        }
        return reply;
    }

    private void record(Agent me, AuditAction action, String what, CannedReply reply, Map<String, Object> before) {
        audit.record(AuditEntry.CONFIGURATION_CHAIN, me.getLoginName(), action, (reply.isShared() ? "Shared canned reply “"
                : "Canned reply “") + reply.getTitle() + "” " + what + (reply.isShared() ? " for " + reply.getTeam().getName() : ""),
                before, reply.auditState());
    }
}
