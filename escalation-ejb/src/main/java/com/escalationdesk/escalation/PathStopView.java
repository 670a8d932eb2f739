package com.escalationdesk.escalation;

import com.escalationdesk.shared.ReadableDuration;
import java.io.Serializable;
import java.time.Instant;

/** One stop of a ticket's path through the teams, as the ticket page shows it. */
public record PathStopView(String team, String tier, Instant from, Instant until, String duration) implements Serializable {

    public static PathStopView of(PathStop stop) {
        return new PathStopView(stop.team().getName(), stop.team().getTier().label(), stop.from(), stop.until(),
                ReadableDuration.of(stop.duration()));
    }
}
