package com.escalationdesk.finder;

import com.escalationdesk.ticket.TicketSnapshot;
import java.io.Serializable;
import java.util.List;

/**
 * One page of a ticket listing for another system: the tickets whole, how many match in all, and
 * where to go on from (null on the last page).
 */
public record SnapshotPage(long total, List<TicketSnapshot> tickets, FinderCursor next) implements Serializable {

    private static final long serialVersionUID = 1L;

    public SnapshotPage {
        tickets = List.copyOf(tickets);
    }
}
