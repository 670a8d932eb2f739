package com.escalationdesk.finder.web;

import com.escalationdesk.finder.FinderCursor;
import com.escalationdesk.finder.FinderResult;
import com.escalationdesk.finder.TicketFinder;
import com.escalationdesk.finder.TicketSearch;
import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.ticket.TicketSummary;
import com.escalationdesk.ticket.web.TicketRowsModel;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/**
 * A search's hits for a lazy DataTable: each page and its count are searches of the ticket index. A
 * page asked for right after the last one (as an export reads every hit, a hundred at a time)
 * continues from where that one ended, at any depth; other pages are read by their offset, which the
 * finder allows down to its deepest page.
 */
public class FinderModel extends TicketRowsModel {

    private static final long serialVersionUID = 1L;

    private final TicketFinder finder;
    private final TicketSearch search;
    /** Where the last page read ended, and the offset of the page that follows it. */
    private FinderCursor next;
    private int nextFirst = -1;

    public FinderModel(TicketFinder finder, TicketSearch search) {
        this.finder = finder;
        this.search = search;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        long[] total = new long[1];
        return FacesActions.attempt(() -> total[0] = finder.count(search)) ? (int) Math.min(Integer.MAX_VALUE, total[0]) : 0;
    }

    @Override
    public List<TicketSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        FinderResult[] result = new FinderResult[1];
        boolean continues = first > 0 && first == nextFirst && next != null;
        boolean read = FacesActions.attempt(() -> {
            result[0] = continues ? finder.searchAfter(search, next, pageSize) : finder.search(search, first, pageSize);
        });
        if (!read) {
            next = null;
            return List.of();
        }
        next = result[0].next();
        nextFirst = first + pageSize;
        return result[0].tickets();
    }
}
