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

    /** One agent's place in the reporting lines: who they report to, and their team. */
    public record Line(Long agent, Long manager, Team team) {
    }

    public static Set<Team> teamsOf(Agent manager, Collection<Agent> everyone) {
        return teamsOf(new Line(manager.getId(), null, manager.getTeam()), everyone.stream().filter(Agent::isActive)
                .map(a -> new Line(a.getId(), a.getManager() == null ? null : a.getManager().getId(), a.getTeam())).toList());
    }

    /** The same from the lines of the active agents, read without the rest of each agent. */
    public static Set<Team> teamsOf(Line manager, Collection<Line> active) {
        java.util.Map<Long, java.util.List<Line>> reports = new java.util.HashMap<>();
        for (Line l : active) {
            if (l.manager() != null) {
                reports.computeIfAbsent(l.manager(), m -> new java.util.ArrayList<>()).add(l);
            }
        }
        Set<Team> teams = new LinkedHashSet<>();
        Set<Long> seen = new java.util.HashSet<>();
        Deque<Line> toVisit = new ArrayDeque<>();
        toVisit.add(manager);
        while (!toVisit.isEmpty()) {
            Line boss = toVisit.poll();
            if (!seen.add(boss.agent())) {
                continue;
            }
            if (boss.team() != null) {
                teams.add(boss.team());
            }
            toVisit.addAll(reports.getOrDefault(boss.agent(), java.util.List.of()));
        }
        return teams;
    }
}
