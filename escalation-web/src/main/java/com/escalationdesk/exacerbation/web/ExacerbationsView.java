package com.escalationdesk.exacerbation.web;

import com.escalationdesk.exacerbation.ExacerbationRow;
import com.escalationdesk.exacerbation.Exacerbations;
import com.escalationdesk.exacerbation.ReviewOutcome;
import com.escalationdesk.exacerbation.RootCause;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The managers' review queue of exacerbations: each case with its path, its handoffs and their
 * ratings, and what fired; a review per case (root cause, action, where it leads).
 */
@Named
@ViewScoped
public class ExacerbationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Exacerbations exacerbations;

    private boolean allTeams;
    private boolean reviewedToo;
    private List<ExacerbationRow> rows = List.of();
    // names of the enum constants: a map's values carry no type a converter could find
    private final Map<Long, String> causes = new HashMap<>();
    private final Map<Long, String> actions = new HashMap<>();
    private final Map<Long, String> outcomes = new HashMap<>();
    private final Map<Long, String> references = new HashMap<>();

    public void load() {
        FacesActions.attempt(() -> rows = exacerbations.queue(allTeams, reviewedToo));
    }

    public String review(long id) {
        if (!FacesActions.attempt(() -> exacerbations.review(id, chosen(RootCause.class, causes.get(id), "the root cause"),
                actions.get(id), chosen(ReviewOutcome.class, outcomes.get(id), "where the review leads"), references.get(id)))) {
            return null;
        }
        FacesActions.info("Review recorded.");
        return "/manager/exacerbations?faces-redirect=true&includeViewParams=true";
    }

    private static <E extends Enum<E>> E chosen(Class<E> type, String name, String what) {
        if (name == null || name.isBlank()) {
            throw new com.escalationdesk.shared.RuleViolation("Choose " + what + ".");
        }
        return Enum.valueOf(type, name);
    }

    public String show() {
        return "/manager/exacerbations?faces-redirect=true&includeViewParams=true";
    }

    public RootCause[] getRootCauses() {
        return RootCause.values();
    }

    public ReviewOutcome[] getOutcomes() {
        return ReviewOutcome.values();
    }

    public List<ExacerbationRow> getRows() {
        return rows;
    }

    public long getWaiting() {
        return rows.stream().filter(r -> !r.reviewed()).count();
    }

    public boolean isAllTeams() {
        return allTeams;
    }

    public void setAllTeams(boolean allTeams) {
        this.allTeams = allTeams;
    }

    public boolean isReviewedToo() {
        return reviewedToo;
    }

    public void setReviewedToo(boolean reviewedToo) {
        this.reviewedToo = reviewedToo;
    }

    public Map<Long, String> getCauses() {
        return causes;
    }

    public Map<Long, String> getActions() {
        return actions;
    }

    public Map<Long, String> getOutcomeChoices() {
        return outcomes;
    }

    public Map<Long, String> getReferences() {
        return references;
    }
}
