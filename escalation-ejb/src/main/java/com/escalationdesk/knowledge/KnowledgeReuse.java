package com.escalationdesk.knowledge;

import com.escalationdesk.shared.ReactionOrder;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Counts what reuse achieved, as the ticket is resolved: each linked article solved it, and where
 * the first tier resolved it without ever escalating, with an article that came from an escalated
 * case, an escalation was avoided. A reopen takes both back until the next resolution. Runs in the
 * resolving transaction, history included, so the counts always match the tickets.
 */
@ApplicationScoped
public class KnowledgeReuse {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    void on(@Observes @Priority(ReactionOrder.RECORDS) TicketEvent event) {
        if (event instanceof TicketEvent.Resolved resolved) {
            Ticket t = resolved.ticket();
            boolean firstTierWithoutEscalation = ArticleLink.resolvedAtFirstTierWithoutEscalation(t);
            links(t).forEach(l -> l.ticketResolved(firstTierWithoutEscalation));
        } else if (event instanceof TicketEvent.Reopened reopened) {
            links(reopened.ticket()).forEach(ArticleLink::ticketReopened);
        }
    }

    private java.util.List<ArticleLink> links(Ticket t) {
        return em.createNamedQuery(ArticleLink.OF_TICKET, ArticleLink.class).setParameter("ticket", t).getResultList();
    }
}
