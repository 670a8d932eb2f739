package com.escalationdesk.ticket.web;

import com.escalationdesk.ticket.TicketSummary;
import java.util.List;
import org.primefaces.model.LazyDataModel;

/** Tickets as rows of a lazy DataTable, each row known by its ticket's number. */
public abstract class TicketRowsModel extends LazyDataModel<TicketSummary> {

    private static final long serialVersionUID = 1L;

    @Override
    public String getRowKey(TicketSummary row) {
        return row.number();
    }

    @Override
    public TicketSummary getRowData(String key) {
        List<TicketSummary> page = getWrappedData();
        return page == null ? null : page.stream().filter(r -> r.number().equals(key)).findFirst().orElse(null);
    }
}
