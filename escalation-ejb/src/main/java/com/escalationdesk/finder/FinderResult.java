package com.escalationdesk.finder;

import com.escalationdesk.ticket.TicketSummary;
import java.io.Serializable;
import java.util.List;

/**
 * One page of the finder's hits, as queue rows, how many tickets match in all, and where the page
 * ended in the search's order (null when it found nothing), for {@link TicketFinder#searchAfter}.
 */
public record FinderResult(long total, List<TicketSummary> tickets, FinderCursor next) implements Serializable {

    private static final long serialVersionUID = 1L;

    public FinderResult {
        tickets = List.copyOf(tickets);
    }

    public FinderResult(long total, List<TicketSummary> tickets) {
        this(total, tickets, null);
    }
}
