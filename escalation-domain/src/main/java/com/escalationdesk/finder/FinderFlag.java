package com.escalationdesk.finder;

/** What a ticket went through, as the finder filters by it. */
public enum FinderFlag {
    ESCALATED("Escalated"),
    BOUNCED("Bounced"),
    EXACERBATED("Exacerbation"),
    AGAINST_POLICY("Against policy"),
    BREACHED("Service level breached"),
    REOPENED("Reopened");

    private final String label;

    FinderFlag(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
