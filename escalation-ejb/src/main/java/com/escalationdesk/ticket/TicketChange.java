package com.escalationdesk.ticket;

import java.io.Serializable;

/** One change another system makes to a ticket through {@link TicketUpdates}, as the agent's screen would. */
public sealed interface TicketChange extends Serializable {

    /** New values for the ticket's fields; a null leaves that field as it is. */
    record Fields(Priority priority, Category category) implements TicketChange {
    }

    /** The caller takes the ticket on. */
    record Claim() implements TicketChange {
    }

    /** The ticket goes to another agent of its team. */
    record Assign(String agentLogin) implements TicketChange {
    }

    record WaitOnCustomer(String question) implements TicketChange {
    }

    record Resume() implements TicketChange {
    }

    record Resolve(String summary, boolean withdrawPendingDecisions) implements TicketChange {
    }

    record Reopen(String reason) implements TicketChange {
    }

    record Close() implements TicketChange {
    }

    record Link(String other) implements TicketChange {
    }

    record Unlink(String other) implements TicketChange {
    }

    /** Closes the ticket as a duplicate of {@code survivor}. */
    record Merge(String survivor) implements TicketChange {
    }
}
