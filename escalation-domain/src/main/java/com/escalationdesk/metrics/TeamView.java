package com.escalationdesk.metrics;

import java.util.Collection;

/**
 * Which resolved tickets a view of some teams holds: those taken in by one of the teams, resolved by
 * one, or that spent time at one. Null teams: the whole desk.
 */
public final class TeamView {

    private TeamView() {
    }

    public static boolean holds(Collection<String> teams, String firstTeam, String resolvedTeam, Collection<String> handledBy) {
        if (teams == null) {
            return true;
        }
        if (teams.contains(firstTeam) || teams.contains(resolvedTeam)) {
            return true;
        }
        for (String team : handledBy) {
            if (teams.contains(team)) {
                return true;
            }
        }
        return false;
    }
}
