package com.escalationdesk.customer;

/** What the customer is emailed about, each from its own admin-editable template. */
public enum CustomerEvent {
    RECEIVED("Ticket received"),
    REPLY("A reply from us"),
    ESCALATED("Escalated to specialists"),
    WAITING_ON_YOU("Waiting on you"),
    RESOLVED("Resolved"),
    REOPENED("Reopened");

    private final String label;

    CustomerEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
