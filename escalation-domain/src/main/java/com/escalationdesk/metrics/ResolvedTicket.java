package com.escalationdesk.metrics;

import com.escalationdesk.shared.RuleViolation;
import java.time.Duration;
import java.time.Instant;

/**
 * One resolution of a ticket, with the figures the metrics read: what happened between the ticket's
 * creation and this resolution. Kept per ticket as its events happen, so that no metric has to read
 * the tickets themselves.
 *
 * @param createdAt when the ticket was taken in
 * @param resolvedAt when it was resolved
 * @param businessTime the time to resolve within the covering calendar's working hours
 * @param functionalEscalations escalations to a team with the expertise
 * @param hierarchicalEscalations escalations to someone with the authority (decisions asked for)
 * @param teamMoves moves to another team that were not escalations (reassigned, routed again)
 * @param reopens how often it was reopened before this resolution
 * @param publicReplies replies the customer saw
 * @param tier the tier of the team that resolved it (1 upwards: admins add tiers)
 */
public record ResolvedTicket(Instant createdAt, Instant resolvedAt, Duration businessTime, int functionalEscalations,
        int hierarchicalEscalations, int teamMoves, int reopens, int publicReplies, int tier) {

    public ResolvedTicket {
        RuleViolation.require(createdAt, "When the ticket was created");
        RuleViolation.require(resolvedAt, "When the ticket was resolved");
        RuleViolation.require(businessTime, "The business time to resolve");
        if (resolvedAt.isBefore(createdAt) || businessTime.isNegative()) {
            throw new RuleViolation("A ticket cannot be resolved before it was created.");
        }
        if (functionalEscalations < 0 || hierarchicalEscalations < 0 || teamMoves < 0 || reopens < 0 || publicReplies < 0) {
            throw new RuleViolation("Counts of escalations, moves, reopens and replies cannot be negative.");
        }
        if (tier < 1) {
            throw new RuleViolation("Tiers are numbered from 1.");
        }
    }

    public Duration calendarTime() {
        return Duration.between(createdAt, resolvedAt);
    }

    public boolean escalated() {
        return functionalEscalations + hierarchicalEscalations > 0;
    }

    /** Resolved by the first tier, never escalated, never moved to another team, never reopened. */
    public boolean firstContactResolution() {
        return tier == 1 && !escalated() && teamMoves == 0 && reopens == 0;
    }

    /** A first-contact resolution with a single reply to the customer. */
    public boolean oneTouch() {
        return firstContactResolution() && publicReplies == 1;
    }
}
