package com.escalationdesk.ticket;

import java.io.Serializable;
import java.time.Instant;

/**
 * A ticket as it is now, in plain values for another system: the API's representation of a ticket.
 * {@code version} changes with every change of the ticket (its entity tag); {@code slaDueAt} is when
 * the soonest open service-level clock falls due (null when none runs); {@code related}: the
 * tickets linked to it.
 */
public record TicketSnapshot(String number, String subject, String description, TicketStatus status, Priority priority,
        Category category, String team, int tier, String assignee, String customerName, String customerEmail,
        Instant createdAt, Instant updatedAt, Instant slaDueAt, Instant resolvedAt, String resolutionSummary, int reopenCount, boolean bounced,
        String mergedInto, java.util.List<String> related, long version) implements Serializable {

    public static TicketSnapshot of(Ticket t) {
        return new TicketSnapshot(t.getNumber(), t.getSubject(), t.getDescription(), t.getStatus(), t.getPriority(),
                t.getCategory(), t.getTeam().getName(), t.getTeam().getTier().level(),
                t.getAssignee() == null ? null : t.getAssignee().getLoginName(), t.getCustomer().getName(),
                t.getCustomer().getEmail(), t.getCreatedAt(), t.getUpdatedAt(), t.getSlaDueAt(), t.getResolvedAt(), t.getResolutionSummary(),
                t.getReopenCount(), t.isBounced(), t.getMergedInto() == null ? null : t.getMergedInto().getNumber(),
                t.getRelated().stream().map(Ticket::getNumber).sorted().toList(), t.getVersion());
    }
}
