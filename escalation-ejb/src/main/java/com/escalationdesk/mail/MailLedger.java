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
    public record Claimed(String to, String subject, String body, String ticketNumber, OutboundHeaders headers, int attempt) {
    }

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * The mail for one attempt, or nothing when it is gone, given up, not due, or a warning of a
     * service-level clock that has stopped since (then it is withdrawn); a concurrent claim fails its commit.
     */
    public Optional<Claimed> claim(long mailId) {
        OutboundMail mail = em.find(OutboundMail.class, mailId, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (mail == null || !mail.claim(clock.instant())) {
            return Optional.empty();
        }
        if (mail.getWarningOfClock() != null && clockStopped(mail.getWarningOfClock())) {
            mail.withdraw(clock.instant(), "Withdrawn: the service level it warned of was met or ended before it was due");
            return Optional.empty();
        }
        em.flush();
        return Optional.of(new Claimed(mail.getToAddress(), mail.getSubject(), mail.getBody(), mail.getTicketNumber(),
                mail.headers(), mail.getAttempts()));
    }

    /** Whether the clock has stopped (or is gone); the mail package reads only this of a service-level clock. */
    private boolean clockStopped(long slaClockId) {
        return em.createQuery("select count(c) from SlaClock c where c.id = :id and c.stoppedAt is null", Long.class)
                .setParameter("id", slaClockId).getSingleResult() == 0;
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
