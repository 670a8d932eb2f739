package com.escalationdesk.policy;

/** The moment at which the escalation policy is asked; each rule answers at one of them. */
public enum PolicyStage {
    INTAKE("At intake", "routes the new ticket, sets its priority, notifies"),
    ESCALATION("When an agent escalates", "proposes the target team, sets the time to accept, notifies"),
    DECISION("When a decision is requested", "requires an approval level, notifies");

    private final String label;
    private final String actions;

    PolicyStage(String label, String actions) {
        this.label = label;
        this.actions = actions;
    }

    public String label() {
        return label;
    }

    public String actions() {
        return actions;
    }
}
