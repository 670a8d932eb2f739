package com.escalationdesk.directory;

/**
 * How much a person may decide alone, lowest first. Agents have the level of their tier; team
 * leads, managers and directors are the approval chain.
 */
public enum AuthorityLevel {
    TIER_1_AGENT("Tier 1 agent"),
    TIER_2_AGENT("Tier 2 agent"),
    TIER_3_AGENT("Tier 3 agent"),
    TEAM_LEAD("Team lead"),
    MANAGER("Manager"),
    DIRECTOR("Director");

    private final String label;

    AuthorityLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether this level approves others' requests. */
    public boolean approves() {
        return compareTo(TEAM_LEAD) >= 0;
    }

    public boolean atLeast(AuthorityLevel other) {
        return compareTo(other) >= 0;
    }

    /** An agent's own authority follows their tier's level; tiers above the third decide as Tier 3. */
    public static AuthorityLevel ofTier(Tier tier) {
        return switch (tier.level()) {
            case 1 -> TIER_1_AGENT;
            case 2 -> TIER_2_AGENT;
            default -> TIER_3_AGENT;
        };
    }
}
