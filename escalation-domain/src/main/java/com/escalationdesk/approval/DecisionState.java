package com.escalationdesk.approval;

/** Where a decision request is. */
public enum DecisionState {
    DECIDED_WITHIN_AUTHORITY("Decided within own authority"),
    PENDING("Waiting for approval"),
    APPROVED("Approved"),
    REJECTED("Rejected");

    private final String label;

    DecisionState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
