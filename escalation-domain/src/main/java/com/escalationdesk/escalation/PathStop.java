package com.escalationdesk.escalation;

import com.escalationdesk.directory.Team;
import java.time.Duration;
import java.time.Instant;

/** A stretch of time a ticket spent with one team. */
public record PathStop(Team team, Instant from, Instant until) {

    public Duration duration() {
        return Duration.between(from, until);
    }
}
