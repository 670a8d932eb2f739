package com.escalationdesk.directory;

import java.io.Serializable;

/** A customer on the admin's customers screen, with how many of their tickets are still open. */
public record CustomerRow(long id, String name, String email, CustomerSegment segment, String timeZone, long openTickets)
        implements Serializable {
}
