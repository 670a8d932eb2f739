package com.escalationdesk.mail;

import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.Boundary;
import com.escalationdesk.shared.RuleViolation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Email as a channel, for the admin: the mailboxes the desk reads and how they fare, and the emails
 * it read with what became of each (a ticket opened or answered, a machine's email ignored, one that
 * could not be taken in), newest first.
 */
@Stateless
@Boundary
public class MailChannel {

    public static final int MOST = 500;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Mailboxes mailboxes;

    @Inject
    private MailTransport transport;

    @RolesAllowed(Role.ADMIN_NAME)
    public List<MailboxState> mailboxes() {
        return mailboxes.states();
    }

    /** Whether the desk sends email (an SMTP session is defined). */
    @RolesAllowed(Role.ADMIN_NAME)
    public boolean sends() {
        return transport.isOn();
    }

    /** The newest emails read, at most {@code limit} (1 to {@value #MOST}); with {@code only}, those that came to it. */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<InboundRow> recent(InboundOutcome only, int limit) {
        if (limit < 1 || limit > MOST) {
            throw new RuleViolation("The list shows 1 to " + MOST + " emails.");
        }
        String where = only == null ? "" : " where m.outcome = :outcome";
        var query = em.createQuery("select m from InboundMessage m" + where + " order by m.receivedAt desc, m.id desc",
                InboundMessage.class).setMaxResults(limit);
        if (only != null) {
            query.setParameter("outcome", only);
        }
        return query.getResultStream().map(InboundRow::of).toList();
    }

    /**
     * The newest emails the desk queued to send, at most {@code limit} (1 to {@value #MOST}); with
     * {@code only}, those in that state: what was sent, what waits, what failed, and why.
     */
    @RolesAllowed(Role.ADMIN_NAME)
    public List<OutboundRow> outbox(OutboxState only, int limit) {
        if (limit < 1 || limit > MOST) {
            throw new RuleViolation("The list shows 1 to " + MOST + " emails.");
        }
        String where = only == null ? "" : " where " + only.condition;
        return em.createQuery("select m from OutboundMail m" + where + " order by m.createdAt desc, m.id desc", OutboundMail.class)
                .setMaxResults(limit).getResultStream().map(OutboundRow::of).toList();
    }
}
