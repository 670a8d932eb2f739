package com.escalationdesk.ticket;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Who else has a ticket's page open (by name), which of them are writing in its conversation, and the
 * newest step someone else took since the caller's page showed the ticket: by whom, what ("Priority
 * changed") and when; all three null if none.
 */
public record TicketPresenceView(List<String> others, List<String> writers, String changedBy, String change, Instant changedAt)
        implements Serializable {

    public boolean changed() {
        return change != null;
    }
}
