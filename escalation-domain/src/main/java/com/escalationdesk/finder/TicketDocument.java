package com.escalationdesk.finder;

import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.TicketStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * What the finder knows of one ticket: the words it is found by, the values it is filtered by, and
 * who may see it ({@code viewingTeams}: the team that has it and every team an escalation moved it
 * from or to; {@code customerId}: the customer it is for; {@code viewingAgents}: its assignee and everyone who worked it), as
 * {@code TierPolicy.mayView} decides for agents.
 */
public record TicketDocument(long id, String number, String subject, String description, String customer, long customerId, String notes,
        TicketStatus status, long teamId, int tier, Priority priority, Category category, Set<FinderFlag> flags,
        Instant createdAt, Instant updatedAt, Instant resolvedAt, Set<Long> viewingTeams, Set<Long> viewingAgents) {

    public TicketDocument {
        Objects.requireNonNull(number);
        subject = subject == null ? "" : subject;
        description = description == null ? "" : description;
        customer = customer == null ? "" : customer;
        notes = notes == null ? "" : notes;
        Objects.requireNonNull(status);
        Objects.requireNonNull(priority);
        Objects.requireNonNull(category);
        flags = flags.isEmpty() ? EnumSet.noneOf(FinderFlag.class) : EnumSet.copyOf(flags);
        Objects.requireNonNull(createdAt);
        Objects.requireNonNull(updatedAt);
        viewingTeams = Set.copyOf(viewingTeams);
        viewingAgents = Set.copyOf(viewingAgents);
    }
}
