package com.escalationdesk.testing;

import com.escalationdesk.mail.OutboundMail;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** Reads the outbox straight from the database, for assertions. */
@Stateless
public class OutboxProbe {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    /** The emails about a ticket, oldest first. */
    public List<OutboundMail> about(String ticketNumber) {
        return em.createQuery("select m from OutboundMail m where m.ticketNumber = :number order by m.id",
                OutboundMail.class).setParameter("number", ticketNumber).getResultList();
    }
}
