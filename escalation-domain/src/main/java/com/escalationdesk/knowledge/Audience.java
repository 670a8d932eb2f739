package com.escalationdesk.knowledge;

/** Who may read an article: staff only, or customers too (the help page and their status page). */
public enum Audience {
    INTERNAL("Internal"),
    CUSTOMERS("Customers too");

    private final String label;

    Audience(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
