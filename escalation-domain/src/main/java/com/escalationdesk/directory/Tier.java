package com.escalationdesk.directory;

/** A support level. Functional escalations normally move a ticket to a higher tier. */
public enum Tier {
    TIER_1(1, "Tier 1 · Frontline"),
    TIER_2(2, "Tier 2 · Specialists"),
    TIER_3(3, "Tier 3 · Experts");

    private final int level;
    private final String label;

    Tier(int level, String label) {
        this.level = level;
        this.label = label;
    }

    public int level() {
        return level;
    }

    public String label() {
        return label;
    }
}
