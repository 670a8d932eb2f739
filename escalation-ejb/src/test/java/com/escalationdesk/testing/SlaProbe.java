package com.escalationdesk.testing;

import com.escalationdesk.notification.Notification;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.sla.SlaClock;
import com.escalationdesk.sla.SlaKind;
import com.escalationdesk.sla.SlaPolicy;
import com.escalationdesk.ticket.Priority;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/** Reads what the service-level machinery wrote, straight from the database, for assertions. */
@Stateless
public class SlaProbe {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    public long clockId(String ticketNumber, SlaKind kind) {
        return em.createQuery("select c.id from SlaClock c where c.ticket.number = :number and c.kind = :kind"
                + " and c.stoppedAt is null", Long.class).setParameter("number", ticketNumber).setParameter("kind", kind)
                .getSingleResult();
    }

    public SlaClock clock(long id) {
        return em.find(SlaClock.class, id);
    }

    /** Who was told what about the ticket, as "login:KIND", oldest first. */
    public List<String> notices(String ticketNumber) {
        return em.createQuery("select n from Notification n where n.ticketNumber = :number order by n.id",
                Notification.class).setParameter("number", ticketNumber).getResultStream()
                .map(n -> n.getRecipient().getLoginName() + ":" + n.getKind().name()).toList();
    }

    public long notices(String ticketNumber, NotificationKind kind) {
        return em.createQuery("select count(n) from Notification n where n.ticketNumber = :number and n.kind = :kind",
                Long.class).setParameter("number", ticketNumber).setParameter("kind", kind).getSingleResult();
    }

    /**
     * The policies that could cover a ticket of the segment and priority, read as a ticket's intake reads
     * them (one statement for the policies, calendars, holidays and steps), as "name: n steps, m holidays".
     */
    public List<String> covering(CustomerSegment segment, Priority priority) {
        return em.createNamedQuery(SlaPolicy.COVERING, SlaPolicy.class).setParameter("segment", segment)
                .setParameter("priority", priority).getResultStream().distinct()
                .map(p -> p.getName() + ": " + p.getSteps().size() + " steps, " + p.getCalendar().getHolidays().size() + " holidays")
                .toList();
    }

    /** Any open clock with a due time. */
    public long anyOpenClockWithADueTime() {
        return em.createQuery("select c.id from SlaClock c where c.stoppedAt is null and c.dueAt is not null order by c.id",
                Long.class).setMaxResults(1).getSingleResult();
    }

    /** Stores a due time the arithmetic would not give, as the one before the business-time fix did. */
    public void misdate(long clockId, Instant dueAt) {
        em.createQuery("update SlaClock c set c.dueAt = :due where c.id = :id").setParameter("due", dueAt)
                .setParameter("id", clockId).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(SlaClock.class);
    }

    /** Marks the business-time correction as pending, as the migration that shipped it does. */
    public void pendCorrection() {
        if (em.createNativeQuery("SELECT name FROM pending_correction").getResultList().isEmpty()) {
            em.createNativeQuery("INSERT INTO pending_correction (name) VALUES ('business-time-2026-12')").executeUpdate();
        }
    }
}
