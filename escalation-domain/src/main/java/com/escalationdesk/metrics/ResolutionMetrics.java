package com.escalationdesk.metrics;

import java.io.Serializable;
import java.util.List;
import java.util.function.Predicate;

/**
 * The metrics of the resolutions in one period, defined in this one place (the README gives the
 * same definitions in words and formulas):
 * <ul>
 * <li>escalation rate: escalated resolutions / resolutions, for functional, hierarchical and any
 * escalation (a ticket escalated both ways counts in both, and once in any);</li>
 * <li>first-contact resolution: resolved at Tier 1 without escalation, team move or reopen /
 * resolutions; one-touch: those of them with a single public reply / resolutions;</li>
 * <li>resolution time, from creation to resolution, in calendar and in business time.</li>
 * </ul>
 */
public record ResolutionMetrics(int resolved, Share escalated, Share escalatedFunctionally, Share escalatedHierarchically,
        Share firstContactResolution, Share oneTouch, DurationFigures calendarTime, DurationFigures businessTime)
        implements Serializable {

    public static ResolutionMetrics of(List<ResolvedTicket> resolutions) {
        int n = resolutions.size();
        return new ResolutionMetrics(n, share(resolutions, ResolvedTicket::escalated),
                share(resolutions, r -> r.functionalEscalations() > 0),
                share(resolutions, r -> r.hierarchicalEscalations() > 0),
                share(resolutions, ResolvedTicket::firstContactResolution), share(resolutions, ResolvedTicket::oneTouch),
                DurationFigures.of(resolutions.stream().map(ResolvedTicket::calendarTime).toList()),
                DurationFigures.of(resolutions.stream().map(ResolvedTicket::businessTime).toList()));
    }

    private static Share share(List<ResolvedTicket> resolutions, Predicate<ResolvedTicket> counted) {
        return new Share(resolutions.stream().filter(counted).count(), resolutions.size());
    }
}
