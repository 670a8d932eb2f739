package com.escalationdesk.ticket.web;

import com.escalationdesk.directory.CustomerOption;
import com.escalationdesk.directory.CustomerSegment;
import com.escalationdesk.directory.NewCustomer;
import com.escalationdesk.directory.Directory;
import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.NewTicket;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.Tickets;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** Intake: an agent opens a ticket on a customer's behalf. */
@Named
@ViewScoped
public class NewTicketView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Tickets tickets;

    @Inject
    private Directory directory;

    private CustomerOption customer;
    private String subject;
    private String description;
    private Category category = Category.GENERAL;
    private Priority priority = Priority.NORMAL;
    private boolean keep = true;
    private String newCustomerName;
    private String newCustomerEmail;
    private CustomerSegment newCustomerSegment = CustomerSegment.STANDARD;
    private String newCustomerTimeZone;

    /** What the customer picker offers for the text typed so far (searched in the database, a few at a time). */
    public List<CustomerOption> findCustomers(String text) {
        return directory.findCustomers(text);
    }

    public String open() {
        String[] number = new String[1];
        boolean entered = (newCustomerName != null && !newCustomerName.isBlank())
                || (newCustomerEmail != null && !newCustomerEmail.isBlank());
        NewCustomer newCustomer = entered ? new NewCustomer(newCustomerName, newCustomerEmail, newCustomerSegment,
                newCustomerTimeZone) : null;
        Long customerId = customer == null ? null : customer.id();
        if (!FacesActions.attempt(() -> number[0] = tickets.open(new NewTicket(customerId, newCustomer, subject,
                description, category, priority, keep)))) {
            return null;
        }
        FacesActions.info("Ticket " + number[0] + " created.");
        return "/ticket/view?faces-redirect=true&number=" + number[0];
    }

    public String getNewCustomerTimeZone() {
        return newCustomerTimeZone;
    }

    public void setNewCustomerTimeZone(String newCustomerTimeZone) {
        this.newCustomerTimeZone = newCustomerTimeZone;
    }

    public CustomerSegment[] getSegments() {
        return CustomerSegment.values();
    }

    public String getNewCustomerName() {
        return newCustomerName;
    }

    public void setNewCustomerName(String newCustomerName) {
        this.newCustomerName = newCustomerName;
    }

    public String getNewCustomerEmail() {
        return newCustomerEmail;
    }

    public void setNewCustomerEmail(String newCustomerEmail) {
        this.newCustomerEmail = newCustomerEmail;
    }

    public CustomerSegment getNewCustomerSegment() {
        return newCustomerSegment;
    }

    public void setNewCustomerSegment(CustomerSegment newCustomerSegment) {
        this.newCustomerSegment = newCustomerSegment;
    }

    public CustomerOption getCustomer() {
        return customer;
    }

    public void setCustomer(CustomerOption customer) {
        this.customer = customer;
    }

    public Category[] getCategories() {
        return Category.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public boolean isKeep() {
        return keep;
    }

    public void setKeep(boolean keep) {
        this.keep = keep;
    }


    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Category getCategory() {
        return category;
    }

    public void setCategory(Category category) {
        this.category = category;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }
}
