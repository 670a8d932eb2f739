package com.escalationdesk.sla;

import com.escalationdesk.shared.RuleViolation;
import java.time.LocalTime;

/** One stretch of working time in a day, e.g. 08:00–12:00; the end is after the start. */
public record OpeningHours(LocalTime from, LocalTime until) {

    public OpeningHours {
        RuleViolation.require(from, "The opening time");
        RuleViolation.require(until, "The closing time");
        if (!until.isAfter(from)) {
            throw new RuleViolation("Working hours must end after they start (" + from + "–" + until + ").");
        }
    }

    public static OpeningHours of(String from, String until) {
        return new OpeningHours(LocalTime.parse(from), LocalTime.parse(until));
    }

    @Override
    public String toString() {
        return from + "–" + until;
    }
}
