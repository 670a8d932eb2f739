package com.escalationdesk.finder;

import java.util.Set;

/**
 * Whose search it is: managers and admins see every ticket; an agent sees those of the teams they
 * are in, those an escalation moved through those teams, and those they worked themselves.
 */
public record FinderViewer(boolean everything, Set<Long> teams, long agentId) {

    public FinderViewer {
        teams = Set.copyOf(teams);
    }

    public static FinderViewer everything(long agentId) {
        return new FinderViewer(true, Set.of(), agentId);
    }
}
