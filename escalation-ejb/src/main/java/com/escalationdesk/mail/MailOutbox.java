package com.escalationdesk.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;

/**
 * Puts an email in the outbox, in the caller's transaction: it is sent after that transaction
 * commits (see {@link MailAfterCommit}) and never if it rolls back. With mail off nothing is queued.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MailOutbox {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private MailTransport transport;

    @Inject
    private Event<MailQueued> queued;

    @Inject
    private Clock clock;

    public void queue(String to, String subject, String body, String ticketNumber, Instant sendAt) {
        queue(to, subject, body, ticketNumber, sendAt, null);
    }

    /** With a service-level clock: a warning of it, withdrawn if the clock has stopped when it is due. */
    public void queue(String to, String subject, String body, String ticketNumber, Instant sendAt, Long warningOfClock) {
        if (!transport.isOn() || to == null || to.isBlank()) {
            return;
        }
        Instant now = clock.instant();
        OutboundMail mail = new OutboundMail(to, subject, body, ticketNumber, now, sendAt).warningOf(warningOfClock);
        em.persist(mail); // a sequence id is assigned here, without a flush
        if (!mail.getNextAttemptAt().isAfter(now)) {
            queued.fire(new MailQueued(mail.getId()));
        }
    }
}
