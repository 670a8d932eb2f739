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
import java.util.ArrayList;
import java.util.List;

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
    private Mailboxes mailboxes;

    @Inject
    private Clock clock;

    public void queue(String to, String subject, String body, String ticketNumber, Instant sendAt) {
        queue(to, subject, body, ticketNumber, sendAt, null);
    }

    /** With a service-level clock: a warning of it, withdrawn if the clock has stopped when it is due. */
    public void queue(String to, String subject, String body, String ticketNumber, Instant sendAt, Long warningOfClock) {
        queue(to, subject, body, ticketNumber, sendAt, warningOfClock, false, true);
    }

    /**
     * An email to the ticket's customer, now: in the thread of the ticket's conversation (answering
     * their latest email, when they wrote by email), with the ticket's reply address when the desk
     * reads its mail. {@code automatic}: the desk's own notice, not a person's words.
     */
    public void queueToCustomer(String to, String subject, String body, String ticketNumber, boolean automatic) {
        queue(to, subject, body, ticketNumber, clock.instant(), null, true, automatic);
    }

    private void queue(String to, String subject, String body, String ticketNumber, Instant sendAt, Long warningOfClock,
            boolean toCustomer, boolean automatic) {
        if (!transport.isOn() || to == null || to.isBlank()) {
            return;
        }
        Instant now = clock.instant();
        OutboundMail mail = new OutboundMail(to, subject, body, ticketNumber, now, sendAt).warningOf(warningOfClock)
                .withHeaders(headers(ticketNumber, toCustomer, automatic));
        em.persist(mail); // a sequence id is assigned here, without a flush
        if (!mail.getNextAttemptAt().isAfter(now)) {
            queued.fire(new MailQueued(mail.getId()));
        }
    }

    private OutboundHeaders headers(String ticketNumber, boolean toCustomer, boolean automatic) {
        String domain = MailHeaders.domainOf(transport.fromAddress());
        String id = MailHeaders.newMessageId(ticketNumber, domain);
        if (ticketNumber == null) {
            return OutboundHeaders.single(id);
        }
        List<String> thread = new ArrayList<>();
        thread.add(MailHeaders.threadOf(ticketNumber, domain));
        String inReplyTo = null;
        if (toCustomer) {
            List<String> theirs = em.createNamedQuery(InboundMessage.FIRST_OF_TICKET, String.class)
                    .setParameter("number", ticketNumber).getResultList();
            if (!theirs.isEmpty()) {
                thread.add(theirs.get(0));
                thread.add(theirs.get(theirs.size() - 1));
                inReplyTo = "<" + theirs.get(theirs.size() - 1) + ">";
            }
        }
        String deskAddress = mailboxes.all().stream().map(Mailbox::address).filter(a -> a != null).findFirst()
                .orElse(transport.fromAddress());
        String replyTo = toCustomer && mailboxes.isOn() && deskAddress != null ? MailHeaders.replyAddress(deskAddress, ticketNumber) : null;
        return new OutboundHeaders(id, inReplyTo, MailHeaders.references(thread), replyTo, automatic);
    }
}
