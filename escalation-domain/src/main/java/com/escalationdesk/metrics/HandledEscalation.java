package com.escalationdesk.metrics;

import com.escalationdesk.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;

/**
 * One escalation as the metrics read it: when it was asked for and, once the receiving team decided,
 * when and how.
 *
 * @param requestedAt when the escalation was requested
 * @param decidedAt when the receiving team accepted or returned it; null while it waits or if it was withdrawn
 * @param accepted whether the decision was to accept (false: returned to the sender)
 */
public record HandledEscalation(Instant requestedAt, Instant decidedAt, boolean accepted) {

    public HandledEscalation {
        RuleViolation.require(requestedAt, "When the escalation was requested");
        if (decidedAt != null && decidedAt.isBefore(requestedAt)) {
            throw new RuleViolation("An escalation cannot be decided before it was requested.");
        }
        if (decidedAt == null && accepted) {
            throw new RuleViolation("An accepted escalation has a time of acceptance.");
        }
    }

    public boolean decided() {
        return decidedAt != null;
    }

    public boolean returned() {
        return decided() && !accepted;
    }

    public Duration timeToDecide() {
        return decided() ? Duration.between(requestedAt, decidedAt) : null;
    }
}
