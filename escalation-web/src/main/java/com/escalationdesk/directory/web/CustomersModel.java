package com.escalationdesk.directory.web;

import com.escalationdesk.directory.CustomerAdmin;
import com.escalationdesk.directory.CustomerRow;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/** The customers for a lazy DataTable: each page and sort is one query in the database, for the words last searched. */
public class CustomersModel extends LazyDataModel<CustomerRow> {

    private static final long serialVersionUID = 1L;

    private final CustomerAdmin customers;
    private String search;

    public CustomersModel(CustomerAdmin customers) {
        this.customers = customers;
    }

    /** The words the table shows the customers of (null or blank: every customer). */
    public void search(String words) {
        this.search = words;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, customers.customerCount(search));
    }

    @Override
    public List<CustomerRow> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy == null ? null : sortBy.values().stream().findFirst().orElse(null);
        return customers.customerPage(search, first, pageSize, sort == null ? null : sort.getField(),
                sort == null || sort.getOrder().isAscending());
    }

    @Override
    public String getRowKey(CustomerRow row) {
        return Long.toString(row.id());
    }

    @Override
    public CustomerRow getRowData(String key) {
        List<CustomerRow> page = getWrappedData();
        return page == null ? null : page.stream().filter(r -> Long.toString(r.id()).equals(key)).findFirst().orElse(null);
    }
}
