package com.escalationdesk.notification;

/** Why someone is told about a ticket. */
public enum NotificationKind {
    POLICY_ALERT("Escalation policy"),
    DECISION_DECIDED("Decision made"),
    SLA_AT_RISK("Service level at risk"),
    SLA_BREACHED("Service level breached");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
