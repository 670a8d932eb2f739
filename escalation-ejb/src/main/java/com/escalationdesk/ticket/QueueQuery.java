package com.escalationdesk.ticket;

/**
 * One page of a queue: where it starts, how long it is, how it is sorted (one of
 * {@link QueueViewSpec#SORT_FIELDS}; newest first by default), an optional text that the number,
 * subject or customer must contain, and a filter by priority, status and assignment.
 */
public record QueueQuery(QueueScope scope, int first, int pageSize, String sortField, boolean ascending, String text,
        QueueFilter filter) {

    public static final int MAX_PAGE = 200;

    public QueueQuery {
        first = Math.max(0, first);
        pageSize = Math.min(Math.max(1, pageSize), MAX_PAGE);
        text = text == null || text.isBlank() ? null : text.strip();
        filter = filter == null ? QueueFilter.NONE : filter;
    }

    public QueueQuery(QueueScope scope, int first, int pageSize, String sortField, boolean ascending, String text) {
        this(scope, first, pageSize, sortField, ascending, text, QueueFilter.NONE);
    }
}
