package com.escalationdesk.ticket;

/** Where a ticket is in its life. */
public enum TicketStatus {
    NEW("New"),
    OPEN("Open"),
    PENDING_CUSTOMER("Waiting on customer"),
    ESCALATED("Escalated"),
    RESOLVED("Resolved"),
    CLOSED("Closed"),
    REOPENED("Reopened");

    private final String label;

    TicketStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Statuses in which somebody still has work to do on the ticket. */
    public boolean isActive() {
        return this != RESOLVED && this != CLOSED;
    }
}
