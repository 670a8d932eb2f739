package com.escalationdesk.exacerbation;

/**
 * What makes an escalation an exacerbation, a case made worse rather than handled: each rule in the
 * words the review queue and the README use.
 */
public enum ExacerbationRule {
    BOUNCED("Bounced", "the ticket was returned by a team, or moved between the same two teams a second time"),
    REOPENED_AFTER_ESCALATION("Reopened after an escalation", "it was reopened after a resolution that followed an escalation"),
    BREACHED_AFTER_ESCALATION("Service level breached after an escalation", "a service level was breached after it was escalated"),
    NOT_ACCEPTED_IN_TIME("Not accepted in time", "an escalation was not accepted in the time the policy gave"),
    LOW_FEEDBACK_AFTER_ESCALATION("Low customer feedback after an escalation",
            "the customer rated a resolution that followed an escalation 2 of 5 or lower, or its effort 3 of 7 or lower"),
    MANAGER_ASKED_AFTER_ESCALATION("Customer asked for a manager after an escalation",
            "the customer asked for a manager on a case that had been escalated"),
    POOR_HANDOFF("Poor handoff", "the receiving agent rated a handoff 2 of 5 or lower on any question"),
    MANY_TEAMS("Passed through many teams", "the ticket passed through as many teams as the desk's limit (3 unless set otherwise) or more"),
    CUSTOMER_UNANSWERED("Customer wrote twice without an answer", "the customer wrote twice or more with no public answer in between");

    private final String label;
    private final String description;

    ExacerbationRule(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
