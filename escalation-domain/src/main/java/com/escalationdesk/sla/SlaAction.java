package com.escalationdesk.sla;

/** What a step of a service-level policy does when a clock reaches it. */
public enum SlaAction {
    NOTIFY_ASSIGNEE_AND_LEAD("Notify the assignee and the team lead"),
    ESCALATE_NEXT_TIER("Escalate functionally to the next tier"),
    ESCALATE_TO_LEAD("Escalate hierarchically to the team lead"),
    ESCALATE_TO_DEPARTMENT_MANAGER("Escalate hierarchically to the department manager");

    private final String label;

    SlaAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
