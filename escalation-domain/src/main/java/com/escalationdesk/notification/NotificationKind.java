package com.escalationdesk.notification;

/** Why someone is told about a ticket. */
public enum NotificationKind {
    ESCALATION_RECEIVED("Escalation received"),
    ESCALATION_RETURNED("Escalation returned"),
    APPROVAL_NEEDED("Approval needed"),
    DECISION_DECIDED("Approval decided"),
    SLA_AT_RISK("Service level at risk"),
    SLA_BREACHED("Service level breached"),
    TICKET_REOPENED("Ticket reopened"),
    CUSTOMER_REPLIED("Customer replied"),
    POLICY_ALERT("Escalation policy"),
    EXACERBATION("Exacerbation to review"),
    COACHING_NOTE("Coaching note"),
    EARLY_WARNING("Early warning"),
    MENTIONED("Named in a note");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
