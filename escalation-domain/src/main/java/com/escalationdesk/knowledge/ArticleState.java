package com.escalationdesk.knowledge;

/**
 * Where an article stands in Knowledge-Centered Service (KCS v6): framed while a case is open, then
 * usable but not yet reviewed, then validated by a knowledge reviewer; archived when it no longer
 * applies. Only usable articles are suggested.
 */
public enum ArticleState {
    WORK_IN_PROGRESS("Work in progress"),
    NOT_VALIDATED("Not validated"),
    VALIDATED("Validated"),
    ARCHIVED("Archived");

    private final String label;

    ArticleState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Suggested to agents, and counted as an answer: it has a resolution and still applies. */
    public boolean usable() {
        return this == NOT_VALIDATED || this == VALIDATED;
    }

    /** A change into this state takes the knowledge-reviewer right. */
    public boolean takesReviewer() {
        return this == VALIDATED || this == ARCHIVED;
    }
}
