package com.escalationdesk.exacerbation;

import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.ticket.TicketEvent;
import com.escalationdesk.ticket.TicketEvents;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Raises {@link TicketEvent.EscalationOverdue} within a minute of an escalation's time to accept
 * running out, once per escalation: an escalation nobody accepts is no event of its own, so this
 * minute timer turns the passing deadline into one, and the exacerbation rules hear it as they hear
 * every other event.
 */
@Singleton
@PermitAll
public class OverdueEscalations {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private TicketEvents events;

    @Inject
    private Clock clock;

    @Schedule(hour = "*", minute = "*", second = "45", persistent = false)
    void everyMinute() {
        raiseDue();
    }

    /** Raises the event for each waiting escalation past its time not yet flagged; returns how many. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public int raiseDue() {
        Instant now = clock.instant();
        List<Escalation> due = em.createQuery("SELECT e FROM Escalation e WHERE e.state = com.escalationdesk.escalation"
                + ".EscalationState.REQUESTED AND e.acceptBy < :now AND NOT EXISTS (SELECT x FROM Exacerbation x"
                + " WHERE x.ticket = e.ticket AND x.rule = :rule)", Escalation.class).setParameter("now", now)
                .setParameter("rule", ExacerbationRule.NOT_ACCEPTED_IN_TIME).setMaxResults(200).getResultList();
        for (Escalation e : due) {
            events.raise(new TicketEvent.EscalationOverdue(e.getTicket(), e, now, false));
        }
        return due.size();
    }
}
