package com.escalationdesk.integration;

import com.escalationdesk.audit.AuditAction;
import java.util.Arrays;
import java.util.Optional;

/** What another system may hear of, named as its payload's {@code type} says it, and the audited step behind each. */
public enum WebhookEvent {
    TICKET_CREATED("ticket.created", "Ticket created", AuditAction.TICKET_CREATED),
    ESCALATION_REQUESTED("escalation.requested", "Escalation requested", AuditAction.ESCALATED),
    ESCALATION_ACCEPTED("escalation.accepted", "Escalation accepted", AuditAction.ESCALATION_ACCEPTED),
    ESCALATION_RETURNED("escalation.returned", "Escalation returned", AuditAction.ESCALATION_RETURNED),
    DECISION_APPROVED("decision.approved", "Decision approved", AuditAction.DECISION_APPROVED),
    DECISION_REJECTED("decision.rejected", "Decision rejected", AuditAction.DECISION_REJECTED),
    SLA_BREACHED("sla.breached", "Service level breached", AuditAction.SLA_BREACHED),
    TICKET_RESOLVED("ticket.resolved", "Ticket resolved", AuditAction.TICKET_RESOLVED);

    private final String type;
    private final String label;
    private final AuditAction action;

    WebhookEvent(String type, String label, AuditAction action) {
        this.type = type;
        this.label = label;
        this.action = action;
    }

    public String type() {
        return type;
    }

    public String label() {
        return label;
    }

    /** The event an audited step is, if another system may hear of it. */
    public static Optional<WebhookEvent> of(AuditAction action) {
        return Arrays.stream(values()).filter(e -> e.action == action).findFirst();
    }

    /** The event of a payload type ({@code ticket.created}) or a constant's name. */
    public static Optional<WebhookEvent> named(String name) {
        return Arrays.stream(values()).filter(e -> e.type.equalsIgnoreCase(name.strip()) || e.name().equalsIgnoreCase(name.strip()))
                .findFirst();
    }
}
