package com.escalationdesk.ticket.web;

import com.escalationdesk.ticket.QueueQuery;
import com.escalationdesk.ticket.QueueScope;
import com.escalationdesk.ticket.TicketSummary;
import com.escalationdesk.ticket.Tickets;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;

/** A queue for a lazy DataTable: each page, sort and search is one query in the database. */
public class TicketQueueModel extends TicketRowsModel {

    private static final long serialVersionUID = 1L;

    private final Tickets tickets;
    private final QueueScope scope;
    /** The words of the last count's search, or null: an empty table then says that nothing matched. */
    private String search;

    public TicketQueueModel(Tickets tickets, QueueScope scope) {
        this.tickets = tickets;
        this.scope = scope;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        search = search(filterBy);
        return (int) tickets.queueSize(new QueueQuery(scope, 0, 1, null, false, search));
    }

    @Override
    public List<TicketSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        return tickets.queue(new QueueQuery(scope, first, pageSize, sort == null ? null : sort.getField(),
                sort != null && sort.getOrder().isAscending(), search(filterBy)));
    }

    /** The words the table was last searched for, or null. */
    public String getSearch() {
        return search == null || search.isBlank() ? null : search.strip();
    }

    private static String search(Map<String, FilterMeta> filterBy) {
        FilterMeta global = filterBy == null ? null : filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
        return global == null || global.getFilterValue() == null ? null : global.getFilterValue().toString();
    }
}
