package com.escalationdesk.metrics.api;

import com.escalationdesk.metrics.Dashboard;
import com.escalationdesk.metrics.DashboardCut;
import com.escalationdesk.metrics.DurationFigures;
import com.escalationdesk.metrics.EscalationCost;
import com.escalationdesk.metrics.Metrics;
import com.escalationdesk.metrics.PeriodFigures;
import com.escalationdesk.metrics.ResolutionMetrics;
import com.escalationdesk.metrics.Share;
import com.escalationdesk.shared.api.ApiParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * The dashboard's headline figures for another system (a BI tool, a wallboard), as the dashboard
 * defines and scopes them: the tickets resolved in the last {@code days} days that passed through the
 * caller's teams (or the one {@code team} named), and the same figures for the period before.
 */
@ApplicationScoped
@Path("metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricsResource {

    @Inject
    private Metrics metrics;

    /** A rate: so many of so many, and its percentage to one decimal (absent when the whole is empty). */
    public record Rate(long part, long whole, BigDecimal percent) {
        static Rate of(Share share) {
            return share == null ? null : new Rate(share.part(), share.whole(), share.percent());
        }
    }

    /** Resolution times in ISO-8601 durations ({@code PT4H30M}), over {@code count} tickets. */
    public record Times(int count, String mean, String median, String p90) {
        static Times of(DurationFigures d) {
            return d == null ? null : new Times(d.count(), text(d.mean()), text(d.median()), text(d.p90()));
        }
    }

    public record Figures(int resolved, Rate escalated, Rate escalatedFunctionally, Rate escalatedHierarchically,
            Rate firstContactResolution, Rate oneTouch, Times resolutionTime, Times resolutionBusinessTime, Rate bounced,
            String meanTimeToAccept, BigDecimal satisfactionEscalated, BigDecimal satisfactionNotEscalated,
            BigDecimal effortEscalated, BigDecimal effortNotEscalated, Rate exacerbated, Rate knowledgeLinked,
            Rate serviceLevelBreached) {
        static Figures of(PeriodFigures p) {
            ResolutionMetrics r = p.resolution();
            return new Figures(r.resolved(), Rate.of(r.escalated()), Rate.of(r.escalatedFunctionally()),
                    Rate.of(r.escalatedHierarchically()), Rate.of(r.firstContactResolution()), Rate.of(r.oneTouch()),
                    Times.of(r.calendarTime()), Times.of(r.businessTime()), Rate.of(p.bounced()), text(p.meanTimeToAccept()),
                    p.satisfactionEscalated(), p.satisfactionNotEscalated(), p.effortEscalated(), p.effortNotEscalated(),
                    Rate.of(p.exacerbated()), Rate.of(p.linked()), Rate.of(p.breached()));
        }
    }

    public record Cost(String currency, BigDecimal handled, BigDecimal diverted, int escalated, int avoidedByKnowledge,
            BigDecimal savedByKnowledge) {
        static Cost of(EscalationCost c) {
            return c == null ? null : new Cost(c.currency(), c.handled(), c.diverted(), c.escalated(), c.avoidedByKnowledge(),
                    c.savedByKnowledge());
        }
    }

    public record Summary(Instant from, Instant to, String period, String scope, Figures current, Figures previous,
            Cost cost, Cost costBefore) {
    }

    /** {@code days}: 1 to 366 (30); {@code team}: one of the caller's teams (all of them when absent). */
    @GET
    @Path("summary")
    public Summary summary(@QueryParam("days") String days, @QueryParam("team") String team) {
        Dashboard d = metrics.dashboard(ApiParams.whole("days", days, 1, 366, 30), team == null || team.isBlank() ? null : team.strip(),
                DashboardCut.NONE);
        return new Summary(d.from(), d.to(), d.periodWords(), d.scope(), Figures.of(d.current()), Figures.of(d.previous()),
                Cost.of(d.cost()), Cost.of(d.costBefore()));
    }

    private static String text(java.time.Duration d) {
        return d == null ? null : d.toString();
    }
}
