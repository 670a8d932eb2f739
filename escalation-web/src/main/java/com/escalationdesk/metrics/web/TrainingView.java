package com.escalationdesk.metrics.web;

import com.escalationdesk.knowledge.Coaching;
import com.escalationdesk.knowledge.CoachingNoteView;
import com.escalationdesk.metrics.Metrics;
import com.escalationdesk.metrics.TrainingReport;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Training needs for a team lead: their agents' escalation share per category beside their tier's
 * peers, the clear outliers first with the articles that solved the peers' cases, and coaching notes
 * to give and to follow up.
 */
@Named
@ViewScoped
public class TrainingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Metrics metrics;

    @Inject
    private Coaching coaching;

    private int days = 90;
    private String team;
    private TrainingReport report;
    private List<CoachingNoteView> given = List.of();
    /** What the lead types, per agent: why to read, and another article than those suggested. */
    private final Map<String, String> why = new HashMap<>();
    private final Map<String, String> otherArticle = new HashMap<>();
    /** The period and team shown: a postback does not bring the view parameters back. */
    private int shownDays;
    private String shownTeam;
    private String coachAgent;
    private String coachArticle;
    private String coachWhy;

    public void load() {
        shownDays = days;
        shownTeam = team;
        FacesActions.attempt(() -> {
            report = metrics.trainingNeeds(days, team);
            given = coaching.given();
        });
    }

    /** Asks the agent of the row to read the article, with the reason typed for that agent. */
    public String assign(String agent, String article) {
        return ask(agent, article == null || article.isBlank() ? otherArticle.get(agent) : article, why.get(agent));
    }

    /** Asks the agent chosen in the form at the bottom to read the article given there. */
    public String coach() {
        if (coachAgent == null || coachAgent.isBlank()) {
            FacesActions.error("Choose the agent to coach.");
            return null;
        }
        return ask(coachAgent, coachArticle, coachWhy);
    }

    private String ask(String agent, String chosen, String reason) {
        if (chosen == null || chosen.isBlank()) {
            FacesActions.error("Choose an article for " + agent + " to read, or give its number.");
            return null;
        }
        return FacesActions.attemptThen(() -> coaching.assign(agent, chosen, reason),
                agent + " is asked to read " + chosen.strip().toUpperCase(java.util.Locale.ROOT) + ", and sees it on their own page.",
                "/metrics/training?faces-redirect=true&days=" + shownDays + (shownTeam == null || shownTeam.isBlank() ? ""
                        : "&team=" + URLEncoder.encode(shownTeam, StandardCharsets.UTF_8)));
    }

    public TrainingReport getReport() {
        return report;
    }

    public List<TrainingReport.Coachable> getOutliers() {
        return report == null ? List.of() : report.rows().stream().filter(c -> c.row().outlier()).toList();
    }

    public List<TrainingReport.Coachable> getRows() {
        return report == null ? List.of() : report.rows();
    }

    public List<CoachingNoteView> getGiven() {
        return given;
    }

    public Map<String, String> getWhy() {
        return why;
    }

    public Map<String, String> getOtherArticle() {
        return otherArticle;
    }

    public String getCoachAgent() {
        return coachAgent;
    }

    public void setCoachAgent(String coachAgent) {
        this.coachAgent = coachAgent;
    }

    public String getCoachArticle() {
        return coachArticle;
    }

    public void setCoachArticle(String coachArticle) {
        this.coachArticle = coachArticle;
    }

    public String getCoachWhy() {
        return coachWhy;
    }

    public void setCoachWhy(String coachWhy) {
        this.coachWhy = coachWhy;
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
