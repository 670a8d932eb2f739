package com.escalationdesk.ticket;

import com.escalationdesk.sla.SlaClockView;
import com.escalationdesk.sla.SlaStatus;
import java.io.Serializable;
import java.time.Instant;

/**
 * A ticket as one row of a queue, with its soonest service-level due time, where that clock stands
 * and the business time it has left ("2 h 10 min left", "40 min over"); all three are null for a
 * ticket without an open clock.
 */
public record TicketSummary(String number, String subject, String customer, Category category, Priority priority,
        TicketStatus status, String team, String assignee, boolean bounced, Instant updatedAt, Instant slaDueAt,
        SlaStatus slaStatus, String slaRemaining) implements Serializable {

    public static TicketSummary of(Ticket t, SlaClockView headline) {
        return new TicketSummary(t.getNumber(), t.getSubject(), t.getCustomer().getName(), t.getCategory(),
                t.getPriority(), t.getStatus(), t.getTeam().getName(),
                t.getAssignee() == null ? null : t.getAssignee().getDisplayName(), t.isBounced(), t.getUpdatedAt(),
                t.getSlaDueAt(), headline == null ? null : headline.status(),
                headline == null ? null : headline.remaining());
    }

    /** The style class the queues colour the due time with. */
    public String slaTone() {
        return slaStatus == null ? "" : SlaClockView.tone(slaStatus);
    }
}
