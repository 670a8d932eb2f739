package com.escalationdesk.integration;

import com.escalationdesk.ticket.Category;
import com.escalationdesk.ticket.Priority;

/**
 * A ticket another system files: for the customer with this email, who is created (with the name
 * given) if the desk does not know them yet.
 */
public record IntakeRequest(String customerEmail, String customerName, String subject, String description, Category category,
        Priority priority) {
}
