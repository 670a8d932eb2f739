package com.escalationdesk.metrics;

import com.escalationdesk.escalation.EscalationState;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * An agent's own page: the tickets they resolved in a period beside their team's, the escalations they
 * asked for and the handoff ratings those got from the receiving agents, and how the articles they
 * wrote were reused.
 *
 * @param mine the agent's resolutions in the period (resolved by them)
 * @param team the resolutions of the agent's team in the period, to read theirs against
 * @param escalations the escalations the agent asked for in the period
 * @param articles the agent's articles that were linked to a ticket, most reused first
 */
public record MyFigures(String agent, String teamName, int days, ResolutionMetrics mine, ResolutionMetrics team,
        Escalations escalations, List<ArticleReuse> articles) implements Serializable {

    /** One escalation the agent asked for: where it went, where it is, and the rating its handoff got. */
    public record Escalation(String ticket, Instant requestedAt, String toTeam, EscalationState state, Rating rating)
            implements Serializable {
    }

    /** A receiving agent's rating of a handoff, each question 1 to 5. */
    public record Rating(int complete, int stepsListed, int rightTeam, String comment, boolean poor) implements Serializable {
    }

    /**
     * The agent's escalations: how many, how the receiving teams decided them, and the means of their
     * handoff ratings (one decimal, half up; null when none was rated).
     *
     * @param list newest first
     */
    public record Escalations(int requested, int accepted, int returned, int waiting, int rated, int poor,
            BigDecimal meanComplete, BigDecimal meanStepsListed, BigDecimal meanRightTeam, List<Escalation> list)
            implements Serializable {

        public static Escalations of(List<Escalation> escalations) {
            List<Rating> ratings = escalations.stream().map(Escalation::rating).filter(Objects::nonNull).toList();
            return new Escalations(escalations.size(), count(escalations, EscalationState.ACCEPTED),
                    count(escalations, EscalationState.RETURNED), count(escalations, EscalationState.REQUESTED), ratings.size(),
                    (int) ratings.stream().filter(Rating::poor).count(), mean(ratings, Rating::complete),
                    mean(ratings, Rating::stepsListed), mean(ratings, Rating::rightTeam),
                    escalations.stream().sorted(Comparator.comparing(Escalation::requestedAt).reversed()).toList());
        }

        private static int count(List<Escalation> escalations, EscalationState state) {
            return (int) escalations.stream().filter(e -> e.state() == state).count();
        }

        private static BigDecimal mean(List<Rating> ratings, ToIntFunction<Rating> score) {
            if (ratings.isEmpty()) {
                return null;
            }
            return BigDecimal.valueOf(ratings.stream().mapToInt(score).sum())
                    .divide(BigDecimal.valueOf(ratings.size()), 1, RoundingMode.HALF_UP);
        }
    }

    /** One of the agent's articles: the tickets it was linked to, those it solved, and the escalations it avoided. */
    public record ArticleReuse(String number, String title, long linked, long solved, long escalationsAvoided)
            implements Serializable {
    }
}
