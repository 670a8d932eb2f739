package com.escalationdesk.exacerbation;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.Notifier;
import com.escalationdesk.sla.Responsibles;
import com.escalationdesk.ticket.Ticket;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reminds the managers of an exacerbation left unreviewed for {@code -Descalationdesk.exacerbation.remindAfterDays}
 * days (3 unless set), once: the managers of the leads of the ticket's team, or those leads when
 * nobody is above them. Runs every hour.
 */
@Singleton
@PermitAll
public class ExacerbationReminders {

    public static final String REMIND_AFTER_DAYS = "escalationdesk.exacerbation.remindAfterDays";

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Notifier notifier;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void hourly() {
        remindNow();
    }

    /** Sends the reminders due now; returns how many exacerbations were reminded of. */
    public int remindNow() {
        Instant now = clock.instant();
        Instant before = now.minus(Duration.ofDays(Integer.getInteger(REMIND_AFTER_DAYS, 3)));
        List<Exacerbation> due = em.createQuery("SELECT x FROM Exacerbation x WHERE x.reviewedAt IS NULL"
                + " AND x.remindedAt IS NULL AND x.detectedAt <= :before ORDER BY x.detectedAt", Exacerbation.class)
                .setParameter("before", before).setMaxResults(500).getResultList();
        for (Exacerbation x : due) {
            Ticket t = x.getTicket();
            Set<Agent> leads = Responsibles.leadsOf(t, em.createNamedQuery(Agent.IN_TEAM, Agent.class)
                    .setParameter("team", t.getTeam()).getResultList());
            Set<Agent> managers = new LinkedHashSet<>(Responsibles.departmentManagersOf(leads));
            notifier.tellAll(managers.isEmpty() ? leads : managers, NotificationKind.EXACERBATION, t.getNumber(),
                    "Still to review: “" + x.getRule().label() + "” on " + t.getNumber() + " (" + t.getSubject()
                            + "), detected " + Duration.between(x.getDetectedAt(), now).toDays() + " days ago");
            x.reminded(now);
        }
        return due.size();
    }
}
