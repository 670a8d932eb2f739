package com.escalationdesk.escalation;

/** Functional: to the expertise. Hierarchical: up the chain, to the authority. */
public enum EscalationKind {
    FUNCTIONAL("Functional"),
    HIERARCHICAL("Hierarchical");

    private final String label;

    EscalationKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
