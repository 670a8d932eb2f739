package com.escalationdesk.ticket;

import java.time.Instant;

/** A ticket as one row of a queue. */
public record TicketSummary(String number, String subject, String customer, Category category, Priority priority,
        TicketStatus status, String team, String assignee, boolean bounced, Instant updatedAt) {

    static TicketSummary of(Ticket t) {
        return new TicketSummary(t.getNumber(), t.getSubject(), t.getCustomer().getName(), t.getCategory(),
                t.getPriority(), t.getStatus(), t.getTeam().getName(),
                t.getAssignee() == null ? null : t.getAssignee().getDisplayName(), t.isBounced(), t.getUpdatedAt());
    }
}
