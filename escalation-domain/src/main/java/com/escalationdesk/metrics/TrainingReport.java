package com.escalationdesk.metrics;

import java.io.Serializable;
import java.util.List;

/**
 * Training needs for a team lead: each agent of the teams in view beside their tier's peers per
 * category, clear outliers first, each outlier with the articles that solved their peers' cases of
 * that category in the period.
 */
public record TrainingReport(int days, List<String> agents, List<Coachable> rows) implements Serializable {

    /** An article that solved peers' cases: how many of them. */
    public record SuggestedArticle(String number, String title, long solvedCases) implements Serializable {
    }

    public record Coachable(TrainingNeeds.Row row, List<SuggestedArticle> articles) implements Serializable {
    }

    public TrainingReport {
        agents = List.copyOf(agents);
        rows = List.copyOf(rows);
    }
}
