package com.escalationdesk.finder;

import java.util.List;

/**
 * One page of a search: the ids of its tickets in order, how many tickets match in all, and where
 * the page ended (null when it is empty), to read the next page from.
 */
public record FinderPage(long total, List<Long> ticketIds, FinderCursor next) {

    public FinderPage {
        ticketIds = List.copyOf(ticketIds);
    }

    public FinderPage(long total, List<Long> ticketIds) {
        this(total, ticketIds, null);
    }
}
