package com.escalationdesk.approval;

/** Where a decision request is. */
public enum DecisionState {
    DECIDED_WITHIN_AUTHORITY("Decided within own authority"),
    PENDING("Waiting for approval"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    /** The ticket was resolved while the request waited; the resolution is its reason. */
    WITHDRAWN("Withdrawn");

    private final String label;

    DecisionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
