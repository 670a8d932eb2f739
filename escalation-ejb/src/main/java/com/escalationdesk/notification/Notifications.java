package com.escalationdesk.notification;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.shared.NotFound;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;

/** Each signed-in person's own notification centre; nobody reads or marks another's. */
@Stateless
@Boundary
@RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
public class Notifications {

    private static final int SHOWN = 100;

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private Clock clock;

    /** The caller's latest notifications, newest first. */
    public List<NotificationView> mine() {
        return em.createNamedQuery(Notification.FOR_RECIPIENT, Notification.class)
                .setParameter("recipient", callers.current()).setMaxResults(SHOWN)
                .getResultStream().map(NotificationView::of).toList();
    }

    public long unreadCount() {
        return em.createNamedQuery(Notification.UNREAD_COUNT, Long.class)
                .setParameter("recipient", callers.current()).getSingleResult();
    }

    public void markRead(long notificationId) {
        Notification n = em.find(Notification.class, notificationId);
        if (n == null) {
            throw new NotFound("There is no such notification.");
        }
        n.markReadBy(callers.current(), clock.instant());
    }

    public void markAllRead() {
        Agent caller = callers.current();
        em.createNamedQuery(Notification.UNREAD, Notification.class).setParameter("recipient", caller)
                .getResultStream().forEach(n -> n.markReadBy(caller, clock.instant()));
    }
}
