package com.escalationdesk.finder;

import com.escalationdesk.ticket.TicketSummary;
import java.io.Serializable;
import java.util.List;

/** One page of the finder's hits, as queue rows, and how many tickets match in all. */
public record FinderResult(long total, List<TicketSummary> tickets) implements Serializable {

    public FinderResult {
        tickets = List.copyOf(tickets);
    }
}
