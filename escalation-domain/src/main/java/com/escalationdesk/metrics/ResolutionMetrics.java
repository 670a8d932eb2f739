package com.escalationdesk.metrics;

import java.io.Serializable;
import java.time.Duration;
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

    /**
     * The same metrics from the contributions resolved tickets keep for the rollups (which hold their
     * escalations, first contact, one touch and both resolution times).
     */
    public static ResolutionMetrics ofContributions(List<RollupContribution> resolutions) {
        int n = resolutions.size();
        long escalated = 0;
        long functional = 0;
        long hierarchical = 0;
        long firstContact = 0;
        long oneTouch = 0;
        long[] calendar = new long[n];
        long[] business = new long[n];
        int i = 0;
        for (RollupContribution c : resolutions) {
            escalated += c.escalated() ? 1 : 0;
            functional += c.functional() ? 1 : 0;
            hierarchical += c.hierarchical() ? 1 : 0;
            firstContact += c.firstContact() ? 1 : 0;
            oneTouch += c.oneTouch() ? 1 : 0;
            calendar[i] = c.calendarMicros();
            business[i++] = c.businessSeconds();
        }
        return new ResolutionMetrics(n, new Share(escalated, n), new Share(functional, n), new Share(hierarchical, n),
                new Share(firstContact, n), new Share(oneTouch, n), DurationFigures.of(calendar, Duration.ofNanos(1_000)),
                DurationFigures.of(business, Duration.ofSeconds(1)));
    }

    private static Share share(List<ResolvedTicket> resolutions, Predicate<ResolvedTicket> counted) {
        return new Share(resolutions.stream().filter(counted).count(), resolutions.size());
    }
}
