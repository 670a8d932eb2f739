package com.escalationdesk.directory;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A manager's teams: their own team, and the teams of everyone who reports to them, directly or
 * through other managers (a director's teams are those of the managers under them).
 */
public final class ReportingLines {

    private ReportingLines() {
    }

    public static Set<Team> teamsOf(Agent manager, Collection<Agent> everyone) {
        Set<Team> teams = new LinkedHashSet<>();
        Set<Long> seen = new java.util.HashSet<>();
        Deque<Agent> toVisit = new ArrayDeque<>();
        toVisit.add(manager);
        while (!toVisit.isEmpty()) {
            Agent boss = toVisit.poll();
            if (!seen.add(boss.getId())) {
                continue;
            }
            if (boss.getTeam() != null) {
                teams.add(boss.getTeam());
            }
            everyone.stream().filter(a -> a.isActive() && boss.sameAs(a.getManager())).forEach(toVisit::add);
        }
        return teams;
    }
}
