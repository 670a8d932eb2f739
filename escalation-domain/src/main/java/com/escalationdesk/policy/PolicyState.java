package com.escalationdesk.policy;

/** A policy version is edited as a draft, applied while active, and kept for the record once retired. */
public enum PolicyState {
    DRAFT("Draft"), ACTIVE("Active"), RETIRED("Retired");

    private final String label;

    PolicyState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
