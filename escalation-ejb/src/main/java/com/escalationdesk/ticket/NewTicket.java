package com.escalationdesk.ticket;

/** What an agent fills in to take in a ticket on a customer's behalf. */
public record NewTicket(Long customerId, String subject, String description, Category category, Priority priority) {
}
