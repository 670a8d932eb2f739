package com.escalationdesk.sla;

/** What a service-level clock measures. */
public enum SlaKind {
    FIRST_RESPONSE("First response"),
    NEXT_UPDATE("Next update"),
    RESOLUTION("Resolution");

    private final String label;

    SlaKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
