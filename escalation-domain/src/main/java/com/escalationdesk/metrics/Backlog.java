package com.escalationdesk.metrics;

import com.escalationdesk.directory.AuthorityLevel;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What waits on the desk at one moment, where "management availability" runs short: per team, its
 * active tickets and the escalations waiting for it to accept them; per level of the approval chain,
 * the decisions waiting on it. Ages count from when the work started waiting there: an escalation
 * from its request, a decision from its request or from the last approval before this level.
 *
 * @param teams the teams in view, lowest tier first, then by name
 * @param approvals the levels with decisions waiting, lowest first
 */
public record Backlog(Instant at, List<TeamLoad> teams, List<LevelLoad> approvals) implements Serializable {

    /** A team's load: its active tickets, and the escalations waiting for its acceptance. */
    public record TeamLoad(long teamId, String team, int tier, long activeTickets, Waiting escalations) implements Serializable {
    }

    /** The decisions waiting on one level of the approval chain. */
    public record LevelLoad(AuthorityLevel level, Waiting decisions) implements Serializable {
    }

    /** How many wait and how long: the oldest and the mean age (zero when none waits). */
    public record Waiting(int count, Duration oldest, Duration mean) implements Serializable {

        public static final Waiting NONE = new Waiting(0, Duration.ZERO, Duration.ZERO);

        /** The waiting since each of the moments given, as seen at {@code now}; a moment after now waits 0. */
        public static Waiting since(Collection<Instant> moments, Instant now) {
            if (moments.isEmpty()) {
                return NONE;
            }
            Duration oldest = Duration.ZERO;
            Duration total = Duration.ZERO;
            for (Instant moment : moments) {
                Duration age = moment.isAfter(now) ? Duration.ZERO : Duration.between(moment, now);
                oldest = age.compareTo(oldest) > 0 ? age : oldest;
                total = total.plus(age);
            }
            return new Waiting(moments.size(), oldest, total.dividedBy(moments.size()));
        }
    }

    /** A team in view: its id, name and tier. */
    public record Team(long id, String name, int tier) implements Serializable {
    }

    /**
     * The backlog of the teams given.
     *
     * @param activeTickets per team id, its tickets not yet resolved or closed (a team missing has none)
     * @param escalationsWaiting per team id, when each escalation waiting for it was requested
     * @param decisionsWaiting per level, since when each decision has waited on it
     */
    public static Backlog of(Instant now, Collection<Team> teams, Map<Long, Long> activeTickets,
            Map<Long, List<Instant>> escalationsWaiting, Map<AuthorityLevel, List<Instant>> decisionsWaiting) {
        List<TeamLoad> loads = new ArrayList<>();
        teams.stream().sorted(Comparator.comparingInt(Team::tier).thenComparing(Team::name)).forEach(t -> loads.add(
                new TeamLoad(t.id(), t.name(), t.tier(), activeTickets.getOrDefault(t.id(), 0L),
                        Waiting.since(escalationsWaiting.getOrDefault(t.id(), List.of()), now))));
        List<LevelLoad> levels = decisionsWaiting.entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .sorted(Map.Entry.comparingByKey())
                .map(e -> new LevelLoad(e.getKey(), Waiting.since(e.getValue(), now))).toList();
        return new Backlog(now, List.copyOf(loads), levels);
    }
}
