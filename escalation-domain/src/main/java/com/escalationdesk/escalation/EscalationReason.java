package com.escalationdesk.escalation;

/** Why the first contact could not resolve the issue: the four common causes of escalation. */
public enum EscalationReason {
    KNOWLEDGE("Knowledge", "The agent lacks the expertise or training the issue needs."),
    AUTHORITY("Authority", "The request needs a decision the agent is not empowered to make."),
    COMPLEXITY("Complexity", "The issue is too intricate or technical for this tier."),
    DISSATISFACTION("Dissatisfaction", "The customer is unhappy with the proposed solution and asks for more."),
    SLA_BREACH("Service level breached", "A service-level target passed; the system escalated the ticket.");

    private final String label;
    private final String description;

    EscalationReason(String label, String description) {
        this.label = label;
        this.description = description;
    }

    /** The reasons an agent may give; an SLA breach is only ever the system's. */
    public static EscalationReason[] chosenByAgents() {
        return new EscalationReason[] {KNOWLEDGE, AUTHORITY, COMPLEXITY, DISSATISFACTION};
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
