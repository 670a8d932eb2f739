package com.escalationdesk.metrics;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A manager's dashboard: the figures of the tickets resolved in a period and in the period of the
 * same length just before it, for the teams in view.
 *
 * @param scope in words: "All teams", "Your teams: …" or the one team chosen
 * @param teams the teams the caller may narrow the view to
 * @param agents the agents who resolved tickets in the period (in the cut but for its agent), to narrow the view to one
 * @param cost what the period's tickets cost, and what their escalations diverted to senior staff
 * @param trend the last weeks of the trend (12 on the dashboard), oldest first
 * @param changes the changes to how the desk escalates over the trend's weeks, oldest first
 * @param byAgent the period's resolutions by the agent who resolved them, for a team lead to read their people's
 */
public record Dashboard(Instant from, Instant to, String scope, List<String> teams, List<String> agents, PeriodFigures current,
        PeriodFigures previous, EscalationCost cost, EscalationCost costBefore, List<Week> trend, List<ChangeImpact> changes,
        Map<String, ResolutionMetrics> byAgent) implements Serializable {

    /** One week of the trend: the seven days from {@code from}, their resolutions and two of their rates. */
    public record Week(Instant from, int resolved, Share escalated, Share firstContactResolution) implements Serializable {
    }
}
