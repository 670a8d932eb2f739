package com.escalationdesk.audit;

/** What happened, in the words the timeline shows. */
public enum AuditAction {
    TICKET_CREATED("Ticket created"),
    NOTE_ADDED("Internal note added"),
    REPLY_ADDED("Reply to customer added"),
    ESCALATED("Escalated"),
    ESCALATION_ACCEPTED("Escalation accepted"),
    ESCALATION_RETURNED("Escalation returned");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
