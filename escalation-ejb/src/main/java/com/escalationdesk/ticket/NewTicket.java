package com.escalationdesk.ticket;

/**
 * What an agent fills in to take in a ticket on a customer's behalf; {@code keep} assigns it to
 * them, otherwise it waits unassigned in their team's queue.
 */
public record NewTicket(Long customerId, String subject, String description, Category category, Priority priority,
        boolean keep) {

    public NewTicket(Long customerId, String subject, String description, Category category, Priority priority) {
        this(customerId, subject, description, category, priority, true);
    }
}
