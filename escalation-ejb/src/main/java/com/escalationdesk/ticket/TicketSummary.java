package com.escalationdesk.ticket;

import com.escalationdesk.sla.SlaClockView;
import com.escalationdesk.sla.SlaStatus;
import java.time.Instant;

/** A ticket as one row of a queue, with its soonest service-level due time and where it stands. */
public record TicketSummary(String number, String subject, String customer, Category category, Priority priority,
        TicketStatus status, String team, String assignee, boolean bounced, Instant updatedAt, Instant slaDueAt,
        SlaStatus slaStatus) {

    static TicketSummary of(Ticket t, Instant now) {
        return new TicketSummary(t.getNumber(), t.getSubject(), t.getCustomer().getName(), t.getCategory(),
                t.getPriority(), t.getStatus(), t.getTeam().getName(),
                t.getAssignee() == null ? null : t.getAssignee().getDisplayName(), t.isBounced(), t.getUpdatedAt(),
                t.getSlaDueAt(), slaStatus(t, now));
    }

    private static SlaStatus slaStatus(Ticket t, Instant now) {
        if (t.getSlaDueAt() == null) {
            return null;
        }
        if (!now.isBefore(t.getSlaDueAt())) {
            return SlaStatus.BREACHED;
        }
        return t.getSlaAtRiskAt() != null && !now.isBefore(t.getSlaAtRiskAt()) ? SlaStatus.AT_RISK : SlaStatus.ON_TRACK;
    }

    /** The style class the queues colour the due time with. */
    public String slaTone() {
        return slaStatus == null ? "" : SlaClockView.tone(slaStatus);
    }
}
