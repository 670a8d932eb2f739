package com.escalationdesk.ticket;

/** What a ticket is about; teams own categories, and routing will follow them. */
public enum Category {
    BILLING("Billing"),
    TECHNICAL("Technical"),
    NETWORK("Network"),
    ACCOUNT("Account"),
    GENERAL("General");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
