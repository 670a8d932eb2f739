package com.escalationdesk.directory;

/** The commercial segment of a customer; it will select the service level that applies. */
public enum CustomerSegment {
    STANDARD("Standard"), BUSINESS("Business"), ENTERPRISE("Enterprise");

    private final String label;

    CustomerSegment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
