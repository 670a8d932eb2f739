package com.escalationdesk.escalation;

import com.escalationdesk.directory.Tier;
import com.escalationdesk.directory.Team;
import com.escalationdesk.ticket.Ticket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.TreeMap;
import java.util.List;
import java.util.Map;

/**
 * The teams a ticket went through, in order, with the time spent at each: it moves to the target
 * team when escalated, and back to the sender when the escalation is returned or withdrawn. Time
 * counts until the ticket was resolved, or until now while it is open.
 */
public final class EscalationPath {

    private EscalationPath() {
    }

    public static List<PathStop> of(Ticket ticket, Instant now) {
        List<Escalation> escalations = ticket.getEscalations();
        Team team = escalations.isEmpty() ? ticket.getTeam() : escalations.get(0).getFromTeam();
        Instant since = ticket.getCreatedAt();
        List<PathStop> stops = new ArrayList<>();
        for (Escalation e : escalations) {
            stops.add(new PathStop(team, since, e.getRequestedAt()));
            team = e.getToTeam();
            since = e.getRequestedAt();
            if (e.getState() == EscalationState.RETURNED || e.getState() == EscalationState.WITHDRAWN) {
                stops.add(new PathStop(team, since, e.getDecidedAt()));
                team = e.getFromTeam();
                since = e.getDecidedAt();
            }
        }
        Instant end = ticket.getResolvedAt() != null ? ticket.getResolvedAt() : now;
        stops.add(new PathStop(team, since, end.isBefore(since) ? since : end));
        return stops;
    }

    /** The total time spent at each tier, lowest tier first. */
    public static Map<Tier, Duration> timePerTier(List<PathStop> stops) {
        Map<Tier, Duration> perTier = new TreeMap<>();
        for (PathStop stop : stops) {
            perTier.merge(stop.team().getTier(), stop.duration(), Duration::plus);
        }
        return perTier;
    }
}
