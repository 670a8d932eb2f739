package com.escalationdesk.directory.web;

import com.escalationdesk.directory.CustomerAdmin;
import com.escalationdesk.directory.CustomerRow;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The admin's customers screen: find a customer, change their segment or time zone. */
@Named
@ViewScoped
public class CustomersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CustomerAdmin customers;

    private String search;
    private CustomersModel rows;
    private Long editedId;
    private String editedName;
    private CustomerSegment segment;
    private String timeZone;

    @PostConstruct
    void load() {
        rows = new CustomersModel(customers);
    }

    /** Shows the customers of the words searched for, from the first page. */
    public void find() {
        rows.search(search);
        jakarta.faces.component.UIComponent table = jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot()
                .findComponent("customersForm:customers");
        if (table instanceof org.primefaces.component.datatable.DataTable dataTable) {
            dataTable.setFirst(0);
        }
    }

    public void edit(CustomerRow row) {
        editedId = row.id();
        editedName = row.name();
        segment = row.segment();
        timeZone = row.timeZone();
    }

    public void save() {
        if (editedId == null) {
            FacesActions.error("Choose the customer to change first.");
            return;
        }
        int[] moved = new int[1];
        if (FacesActions.attempt(() -> moved[0] = customers.change(editedId, segment, timeZone))) {
            FacesActions.info(editedName + " saved: " + segment.label() + ", times in " + timeZone.strip() + "; "
                    + (moved[0] == 0 ? "no open ticket changed service-level policy."
                            : "the service levels of " + moved[0] + (moved[0] == 1 ? " open ticket" : " open tickets")
                                    + " now follow another policy."));
            cancel();
            find();
        }
    }

    public void cancel() {
        editedId = null;
        editedName = null;
        segment = null;
        timeZone = null;
    }

    public CustomerSegment[] getSegments() {
        return CustomerSegment.values();
    }

    public CustomersModel getRows() {
        return rows;
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public Long getEditedId() {
        return editedId;
    }

    public String getEditedName() {
        return editedName;
    }

    public CustomerSegment getSegment() {
        return segment;
    }

    public void setSegment(CustomerSegment segment) {
        this.segment = segment;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
