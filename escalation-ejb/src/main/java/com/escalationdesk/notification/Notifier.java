package com.escalationdesk.notification;

import com.escalationdesk.directory.Agent;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;

/**
 * Puts a message in someone's notification centre, in the caller's transaction: if the operation
 * that caused it rolls back, nobody is told about something that did not happen.
 */
@Stateless
@PermitAll
public class Notifier {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Clock clock;

    public void tell(Agent recipient, NotificationKind kind, String ticketNumber, String message) {
        if (recipient == null || !recipient.isActive()) {
            return;
        }
        em.persist(new Notification(recipient, kind, ticketNumber, message, clock.instant()));
    }
}
