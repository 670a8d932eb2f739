package com.escalationdesk.ticket;

/**
 * One page of a queue: where it starts, how long it is, how it is sorted (number, subject,
 * customer, priority, status or updatedAt; newest first by default) and an optional text that the
 * number, subject or customer must contain.
 */
public record QueueQuery(QueueScope scope, int first, int pageSize, String sortField, boolean ascending, String text) {

    public static final int MAX_PAGE = 200;

    public QueueQuery {
        first = Math.max(0, first);
        pageSize = Math.min(Math.max(1, pageSize), MAX_PAGE);
        text = text == null || text.isBlank() ? null : text.strip();
    }
}
