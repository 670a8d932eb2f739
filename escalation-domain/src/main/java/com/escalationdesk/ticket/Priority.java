package com.escalationdesk.ticket;

/** How urgent a ticket is; P1 is the most urgent. */
public enum Priority {
    URGENT("P1 · Urgent"),
    HIGH("P2 · High"),
    NORMAL("P3 · Normal"),
    LOW("P4 · Low");

    private final String label;

    Priority(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
