package com.escalationdesk.escalation;

/** Where an escalation is. Only REQUESTED is pending; every other state is final. */
public enum EscalationState {
    REQUESTED("Waiting for acceptance"),
    ACCEPTED("Accepted"),
    RETURNED("Returned"),
    APPROVED("Approved"),
    REJECTED("Rejected"),
    WITHDRAWN("Withdrawn"),
    EXPIRED("Expired");

    private final String label;

    EscalationState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
