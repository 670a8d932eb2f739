package com.escalationdesk.metrics;

import com.escalationdesk.directory.AuthorityLevel;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Approval turnaround and outcome by level: of the approval steps decided in a period, per level of
 * the approval chain, how many were decided, the share approved, and how long each waited at its
 * level, from the request (or the approval before it) to the decision.
 *
 * @param levels the levels with a decision in the period, lowest first
 */
public record ApprovalTurnaround(List<Level> levels) implements Serializable {

    /** One level's decisions: approved of decided, and their turnaround. */
    public record Level(AuthorityLevel level, Share approved, DurationFigures turnaround) implements Serializable {
    }

    /** One decided step: the level, when the request reached it, when it was decided, and how. */
    public record Step(AuthorityLevel level, Instant reached, Instant decided, boolean approved) {
    }

    public static ApprovalTurnaround of(List<Step> steps) {
        Map<AuthorityLevel, List<Step>> byLevel = new EnumMap<>(AuthorityLevel.class);
        steps.forEach(s -> byLevel.computeIfAbsent(s.level(), k -> new ArrayList<>()).add(s));
        List<Level> levels = new ArrayList<>();
        byLevel.forEach((level, decided) -> levels.add(new Level(level,
                new Share(decided.stream().filter(Step::approved).count(), decided.size()),
                DurationFigures.of(decided.stream().map(s -> Duration.between(s.reached(), s.decided())).toList()))));
        return new ApprovalTurnaround(List.copyOf(levels));
    }

    /** The figures of one level, or null when none of its steps was decided in the period. */
    public Level at(AuthorityLevel level) {
        return levels.stream().filter(l -> l.level() == level).findFirst().orElse(null);
    }

    /** A period's figures and those of the period of the same length before it. */
    public record Compared(ApprovalTurnaround current, ApprovalTurnaround previous) implements Serializable {
    }
}
