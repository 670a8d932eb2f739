package com.escalationdesk.metrics;

import java.util.List;

/** The text of a manager's weekly digest: the week's figures with the change from the week before, the warnings, the reviews waiting. */
public final class WeeklyDigestText {

    /** Reviews listed by number; the rest are counted. */
    static final int LISTED_REVIEWS = 10;

    private WeeklyDigestText() {
    }

    public static String of(String manager, String teams, PeriodFigures week, PeriodFigures before, List<String> warnings,
            List<String> waitingReviews, String dashboardUrl) {
        ResolutionMetrics r = week.resolution();
        ResolutionMetrics b = before.resolution();
        StringBuilder text = new StringBuilder()
                .append("Hello ").append(manager).append(",\n\n")
                .append("Your week at the desk (").append(teams).append("): the tickets resolved in the last 7 days,")
                .append(" against the 7 days before.\n\n");
        line(text, "Resolved", String.valueOf(r.resolved()), FigureText.countChange(r.resolved(), b.resolved()));
        line(text, "Escalation rate", FigureText.percent(r.escalated()) + " (functional "
                + FigureText.percent(r.escalatedFunctionally()) + ", hierarchical " + FigureText.percent(r.escalatedHierarchically())
                + ")", FigureText.points(r.escalated(), b.escalated()));
        line(text, "First-contact resolution", FigureText.percent(r.firstContactResolution()),
                FigureText.points(r.firstContactResolution(), b.firstContactResolution()));
        line(text, "Resolution time (median, business hours)", FigureText.duration(r.businessTime().median()),
                FigureText.durationChange(r.businessTime().median(), b.businessTime().median()));
        line(text, "Bounce rate", FigureText.percent(week.bounced()), FigureText.points(week.bounced(), before.bounced()));
        line(text, "Satisfaction after an escalation", FigureText.score(week.satisfactionEscalated()) + " / 5",
                FigureText.scoreChange(week.satisfactionEscalated(), before.satisfactionEscalated()));
        line(text, "Exacerbation rate", FigureText.percent(week.exacerbated()),
                FigureText.points(week.exacerbated(), before.exacerbated()));
        line(text, "Service levels breached", FigureText.percent(week.breached()),
                FigureText.points(week.breached(), before.breached()));
        text.append("\nEarly warnings: ").append(warnings.isEmpty() ? "none this week.\n" : "\n");
        warnings.forEach(w -> text.append("  - ").append(w).append('\n'));
        text.append("\nExacerbation reviews waiting: ").append(waitingReviews.size()).append(waitingReviews.isEmpty() ? ".\n" : "\n");
        waitingReviews.stream().limit(LISTED_REVIEWS).forEach(x -> text.append("  - ").append(x).append('\n'));
        if (waitingReviews.size() > LISTED_REVIEWS) {
            text.append("  and ").append(waitingReviews.size() - LISTED_REVIEWS).append(" more\n");
        }
        return text.append("\nThe dashboard: ").append(dashboardUrl).append('\n').toString();
    }

    private static void line(StringBuilder text, String what, String figure, String change) {
        text.append(what).append(": ").append(figure);
        if (!change.isEmpty()) {
            text.append(" (").append(change).append(" on the week before)");
        }
        text.append('\n');
    }
}
