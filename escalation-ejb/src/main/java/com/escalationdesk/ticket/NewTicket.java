package com.escalationdesk.ticket;

import com.escalationdesk.directory.NewCustomer;

/**
 * What an agent fills in to take in a ticket on a customer's behalf: a known customer, or a new one
 * to create with the ticket. {@code keep} assigns it to them, otherwise it waits unassigned in their
 * team's queue.
 */
public record NewTicket(Long customerId, NewCustomer newCustomer, String subject, String description, Category category,
        Priority priority, boolean keep) {

    public NewTicket(Long customerId, String subject, String description, Category category, Priority priority,
            boolean keep) {
        this(customerId, null, subject, description, category, priority, keep);
    }

    public NewTicket(Long customerId, String subject, String description, Category category, Priority priority) {
        this(customerId, null, subject, description, category, priority, true);
    }
}
