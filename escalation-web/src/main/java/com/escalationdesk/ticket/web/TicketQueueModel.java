package com.escalationdesk.ticket.web;

import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.QueueFilter;
import com.escalationdesk.ticket.QueueQuery;
import com.escalationdesk.ticket.QueueScope;
import com.escalationdesk.ticket.QueueViewSpec;
import com.escalationdesk.ticket.TicketStatus;
import com.escalationdesk.ticket.TicketSummary;
import com.escalationdesk.ticket.Tickets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * A queue for a lazy DataTable: each page, sort and search is one query in the database. It keeps
 * how the agent arranged it (words, filter, sort) so that the arrangement can be saved as a view, and
 * the rows ticked for a change to many at once.
 */
public class TicketQueueModel extends TicketRowsModel {

    private static final long serialVersionUID = 1L;

    private final Tickets tickets;
    private final QueueScope scope;
    /** The words of the last count's search, or null: an empty table then says that nothing matched. */
    private String search;
    private String sortField;
    private boolean ascending;
    // arrays, so that Faces converts the ticked values to the enums by their type
    private Priority[] priorities = {};
    private TicketStatus[] statuses = {};
    private boolean unassignedOnly;
    private List<TicketSummary> selected = new ArrayList<>();

    public TicketQueueModel(Tickets tickets, QueueScope scope) {
        this.tickets = tickets;
        this.scope = scope;
    }

    /** Arranged as a saved view says: its words, filter and sort. */
    void arrange(QueueViewSpec view) {
        search = view.words();
        sortField = view.sortField();
        ascending = view.ascending();
        priorities = view.filter().priorities().stream().sorted().toArray(Priority[]::new);
        statuses = view.filter().statuses().stream().sorted().toArray(TicketStatus[]::new);
        unassignedOnly = view.filter().unassignedOnly();
    }

    /** The arrangement as it stands, to save under {@code name}. */
    QueueViewSpec arrangement(String name) {
        return new QueueViewSpec(name, scope, search, filter(), sortField, ascending);
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        search = search(filterBy);
        return (int) tickets.queueSize(new QueueQuery(scope, 0, 1, null, false, search, filter()));
    }

    @Override
    public List<TicketSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        sortField = sort == null ? null : sort.getField();
        ascending = sort != null && sort.getOrder().isAscending();
        return tickets.queue(new QueueQuery(scope, first, pageSize, sortField, ascending, search(filterBy), filter()));
    }

    private QueueFilter filter() {
        return new QueueFilter(Set.of(priorities), Set.of(statuses), unassignedOnly);
    }

    /** The words the table was last searched for, or null. */
    public String getSearch() {
        return search == null || search.isBlank() ? null : search.strip();
    }

    public void setSearch(String search) {
        this.search = search;
    }

    /** The sort a saved view opens with, for the table's first rendering; null for the newest first. */
    public SortMeta getInitialSort() {
        return sortField == null ? null
                : SortMeta.builder().field(sortField).order(ascending ? SortOrder.ASCENDING : SortOrder.DESCENDING).build();
    }

    public QueueScope getScope() {
        return scope;
    }

    public boolean isTeam() {
        return scope == QueueScope.TEAM;
    }

    public Priority[] getPriorities() {
        return priorities;
    }

    public void setPriorities(Priority[] priorities) {
        this.priorities = priorities == null ? new Priority[0] : priorities;
    }

    public TicketStatus[] getStatuses() {
        return statuses;
    }

    public void setStatuses(TicketStatus[] statuses) {
        this.statuses = statuses == null ? new TicketStatus[0] : statuses;
    }

    public boolean isUnassignedOnly() {
        return unassignedOnly;
    }

    public void setUnassignedOnly(boolean unassignedOnly) {
        this.unassignedOnly = unassignedOnly && scope == QueueScope.TEAM;
    }

    public List<TicketSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<TicketSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    List<String> selectedNumbers() {
        return selected.stream().map(TicketSummary::number).toList();
    }

    private static String search(Map<String, FilterMeta> filterBy) {
        FilterMeta global = filterBy == null ? null : filterBy.get(FilterMeta.GLOBAL_FILTER_KEY);
        return global == null || global.getFilterValue() == null ? null : global.getFilterValue().toString();
    }
}
