package com.escalationdesk.escalation;

import com.escalationdesk.shared.ReadableDuration;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Ticket;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * An escalation waiting for acceptance as a manager triages it: the escalation with its ticket's
 * subject, customer, priority and assignee, and how long it has waited.
 */
public record PendingEscalation(EscalationView escalation, String subject, String customer, Priority priority, String assignee,
        String waiting) implements Serializable {

    /** {@code waiting}: how long it has waited by {@code now}, in words ("2 h 10 min"). */
    static PendingEscalation of(Escalation e, Instant now) {
        Ticket t = e.getTicket();
        return new PendingEscalation(EscalationView.of(e, now), t.getSubject(), t.getCustomer().getName(), t.getPriority(),
                t.getAssignee() == null ? null : t.getAssignee().getDisplayName(),
                ReadableDuration.of(Duration.between(e.getRequestedAt(), now)));
    }

    /** Most urgent first when sorted: P1 before P4. */
    public int urgency() {
        return priority.ordinal();
    }
}
