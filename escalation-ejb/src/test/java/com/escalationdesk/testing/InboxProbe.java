package com.escalationdesk.testing;

import com.escalationdesk.mail.InboundMessage;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Reads the emails the desk took in, and the tickets of a customer, straight from the database, for assertions. */
@Stateless
public class InboxProbe {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    public Optional<InboundMessage> byMessageId(String messageId) {
        return em.createQuery("select m from InboundMessage m where m.messageId = :id", InboundMessage.class)
                .setParameter("id", messageId).getResultStream().findFirst();
    }

    public long recordsOf(String messageId) {
        return em.createQuery("select count(m) from InboundMessage m where m.messageId = :id", Long.class)
                .setParameter("id", messageId).getSingleResult();
    }

    /** The numbers of the tickets of the customer with this email. */
    public List<String> ticketsOf(String email) {
        return em.createQuery("select t.number from Ticket t where t.customer.email = :email order by t.id", String.class)
                .setParameter("email", email).getResultList();
    }
}
