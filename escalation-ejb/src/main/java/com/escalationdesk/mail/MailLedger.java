package com.escalationdesk.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The outbox's bookkeeping, each step in its own short transaction. */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailLedger {

    /** What a sender needs, read while the mail is claimed. */
    public record Claimed(String to, String subject, String body, String ticketNumber, int attempt) {
    }

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** The mail for one attempt, or nothing when it is gone, given up or not due; a concurrent claim fails its commit. */
    public Optional<Claimed> claim(long mailId) {
        OutboundMail mail = em.find(OutboundMail.class, mailId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (mail == null || !mail.claim(clock.instant())) {
            return Optional.empty();
        }
        em.flush();
        return Optional.of(new Claimed(mail.getToAddress(), mail.getSubject(), mail.getBody(), mail.getTicketNumber(),
                mail.getAttempts()));
    }

    public void sent(long mailId) {
        em.find(OutboundMail.class, mailId).sent(clock.instant());
    }

    /** Records a failed attempt; true when the mail is now given up. */
    public boolean failed(long mailId, String error) {
        OutboundMail mail = em.find(OutboundMail.class, mailId);
        mail.failed(clock.instant(), error);
        return mail.getGaveUpAt() != null;
    }

    /** The mails whose attempt is due, oldest first. */
    public List<Long> due(int limit) {
        return em.createNamedQuery(OutboundMail.DUE, Long.class).setParameter("now", clock.instant())
                .setMaxResults(limit).getResultList();
    }
}
