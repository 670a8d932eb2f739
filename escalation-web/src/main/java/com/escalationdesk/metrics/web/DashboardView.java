package com.escalationdesk.metrics.web;

import com.escalationdesk.metrics.Dashboard;
import com.escalationdesk.metrics.FactsRebuild;
import com.escalationdesk.metrics.Metrics;
import com.escalationdesk.metrics.PeriodFigures;
import com.escalationdesk.metrics.Share;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The manager's dashboard: the figures of the tickets resolved in the chosen period by the teams in
 * view, each with its change from the period before. The period and team are request parameters,
 * so that a view can be bookmarked and shared.
 */
@Named
@RequestScoped
public class DashboardView {

    /** The periods offered, in days. */
    private static final List<Integer> PERIODS = List.of(7, 30, 90, 365);

    @Inject
    private Metrics metrics;

    private int days = 7;
    private String team;
    private Dashboard dashboard;

    public void load() {
        FacesActions.attempt(() -> dashboard = metrics.dashboard(days, team));
    }

    /** An admin's rebuild of every figure from the audit trail; says how many it found wrong (and corrected). */
    public String rebuild() {
        FactsRebuild[] done = new FactsRebuild[1];
        if (!FacesActions.attempt(() -> done[0] = metrics.rebuildFacts())) {
            load();
            return null;
        }
        int changed = done[0].changed();
        FacesActions.info("The figures of " + tickets(done[0].replayed()) + " were rebuilt from the audit trail; "
                + (changed == 0 ? "none differed from the kept ones."
                        : changed + (changed == 1 ? " differed and was" : " differed and were") + " corrected."));
        return "/metrics/dashboard?faces-redirect=true&includeViewParams=true";
    }

    public boolean isLoaded() {
        return dashboard != null;
    }

    public PeriodFigures getNow() {
        return dashboard.current();
    }

    public PeriodFigures getBefore() {
        return dashboard.previous();
    }

    public Dashboard getDashboard() {
        return dashboard;
    }

    /** "12.5%", or an en dash for a share of nothing. */
    public String percent(Share share) {
        return share == null || share.percent() == null ? "–" : share.percent().toPlainString() + "%";
    }

    /** The change of a share from the period before, in percentage points: "+2.5 pts", "−1.0 pts", "no change"; empty when either period has none. */
    public String points(Share now, Share before) {
        BigDecimal change = now.pointsChangeFrom(before);
        if (change == null) {
            return "";
        }
        return change.signum() == 0 ? "no change" : signed(change) + " pts";
    }

    /** The change of a count: "+3", "−2", "no change". */
    public String countChange(long now, long before) {
        return now == before ? "no change" : signed(BigDecimal.valueOf(now - before));
    }

    /** The change of a mean answer, to one decimal. */
    public String scoreChange(BigDecimal now, BigDecimal before) {
        if (now == null || before == null) {
            return "";
        }
        BigDecimal change = now.subtract(before);
        return change.signum() == 0 ? "no change" : signed(change);
    }

    /** The change of a duration: "+1 h 20 min", "−3 d 2 h". */
    public String durationChange(Duration now, Duration before) {
        if (now == null || before == null) {
            return "";
        }
        Duration change = now.minus(before);
        if (change.toMinutes() == 0) {
            return "no change";
        }
        return (change.isNegative() ? "−" : "+") + duration(change.abs());
    }

    public String score(BigDecimal mean) {
        return mean == null ? "–" : mean.toPlainString();
    }

    /** A duration as people say it: "45 min", "3 h 20 min", "2 d 4 h". */
    public String duration(Duration d) {
        if (d == null) {
            return "–";
        }
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return minutes + " min";
        }
        long hours = d.toHours();
        if (hours < 24) {
            return hours + " h" + (minutes % 60 == 0 ? "" : " " + minutes % 60 + " min");
        }
        return d.toDays() + " d" + (hours % 24 == 0 ? "" : " " + hours % 24 + " h");
    }

    /** "1 ticket", "3 tickets". */
    public String tickets(long n) {
        return n + (n == 1 ? " ticket" : " tickets");
    }

    private static String signed(BigDecimal change) {
        return (change.signum() > 0 ? "+" : "−") + change.abs().toPlainString();
    }

    public List<Map.Entry<String, Duration>> getTimeAtTeams() {
        return List.copyOf(dashboard.current().meanTimeAtTeam().entrySet());
    }

    public Duration beforeAt(String name) {
        return dashboard.previous().meanTimeAtTeam().get(name);
    }

    public List<Integer> getPeriods() {
        return PERIODS;
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }
}
