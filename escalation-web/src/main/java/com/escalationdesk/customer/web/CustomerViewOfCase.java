package com.escalationdesk.customer.web;

import com.escalationdesk.customer.CustomerStatus;
import com.escalationdesk.customer.StatusPage;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Staff's read-only look at a case as its customer sees it on the status page (each look is audited). */
@Named
@RequestScoped
public class CustomerViewOfCase {

    @Inject
    private CustomerStatus status;

    private String number;
    private StatusPage page;

    public void load() {
        FacesActions.attempt(() -> page = status.asTheCustomerSeesIt(number));
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public StatusPage getPage() {
        return page;
    }
}
