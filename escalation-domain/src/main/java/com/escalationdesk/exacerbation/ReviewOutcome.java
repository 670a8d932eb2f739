package com.escalationdesk.exacerbation;

/** Where a review leads, so that the case teaches the desk something. */
public enum ReviewOutcome {
    NEW_ARTICLE("A new knowledge article"),
    FLAGGED_ARTICLE("A flagged knowledge article"),
    POLICY_DRAFT("A draft of the escalation policy"),
    COACHING_NOTE("A coaching note to the agent's team lead"),
    NOTHING_FURTHER("Nothing further");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
