package com.escalationdesk.finder;

import java.util.List;

/** One page of a search: the ids of its tickets in order, and how many tickets match in all. */
public record FinderPage(long total, List<Long> ticketIds) {

    public FinderPage {
        ticketIds = List.copyOf(ticketIds);
    }
}
