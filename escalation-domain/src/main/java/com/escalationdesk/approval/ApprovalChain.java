package com.escalationdesk.approval;

import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.shared.RuleViolation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Who must approve a decision: nobody when the requester's own limit covers it (the frontline
 * decides alone), otherwise every approval level above the requester, in order, up to the lowest
 * one whose limit covers it.
 */
public final class ApprovalChain {

    private ApprovalChain() {
    }

    public static List<AuthorityLevel> levelsFor(AuthorityLevel requester, DecisionKind kind, Money amount,
            Collection<AuthorityLimit> limits) {
        return levelsFor(requester, kind, amount, limits, null);
    }

    /**
     * As above, but the chain reaches at least the level the escalation policy requires (none: the
     * limits alone decide), even where a lower level's limit would cover the amount.
     */
    public static List<AuthorityLevel> levelsFor(AuthorityLevel requester, DecisionKind kind, Money amount,
            Collection<AuthorityLimit> limits, AuthorityLevel atLeast) {
        if (covered(requester, kind, amount, limits) && reaches(requester, atLeast)) {
            return List.of();
        }
        List<AuthorityLevel> chain = new ArrayList<>();
        for (AuthorityLevel level : AuthorityLevel.values()) {
            if (level.approves() && level.compareTo(requester) > 0) {
                chain.add(level);
                if (covered(level, kind, amount, limits) && reaches(level, atLeast)) {
                    return List.copyOf(chain);
                }
            }
        }
        throw new RuleViolation("Nobody's authority covers " + (amount == null ? "this " + kind.getLabel().toLowerCase()
                : "a " + kind.getLabel().toLowerCase() + " of " + amount) + "; an admin must raise the authority limits.");
    }

    private static boolean reaches(AuthorityLevel level, AuthorityLevel atLeast) {
        return atLeast == null || level.atLeast(atLeast);
    }

    private static boolean covered(AuthorityLevel level, DecisionKind kind, Money amount, Collection<AuthorityLimit> limits) {
        return limits.stream().anyMatch(l -> l.getLevel() == level && l.covers(kind, amount));
    }
}
