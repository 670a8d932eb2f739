package com.escalationdesk.metrics.web;

import com.escalationdesk.metrics.Metrics;
import com.escalationdesk.metrics.MyFigures;
import com.escalationdesk.metrics.ResolutionMetrics;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;

/** An agent's own page: their resolutions beside their team's, their escalations and handoff ratings, their articles' reuse. */
@Named
@RequestScoped
public class MyFiguresView {

    @Inject
    private Metrics metrics;

    private int days = 30;
    private MyFigures figures;

    public void load() {
        FacesActions.attempt(() -> figures = metrics.mine(days));
    }

    public MyFigures getFigures() {
        return figures;
    }

    /** My resolutions and my team's, each with what it is. */
    public List<Map.Entry<String, ResolutionMetrics>> getResolutionRows() {
        return List.of(Map.entry("Me", figures.mine()), Map.entry(figures.teamName() == null ? "My team" : figures.teamName(),
                figures.team()));
    }

    public int getDays() {
        return days;
    }

    public void setDays(int days) {
        this.days = days;
    }
}
