package com.escalationdesk.escalation;

import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The receiving agent's rating of a handoff, given when accepting or returning the escalation: was
 * the summary complete, were the steps already taken listed, was it the right team (each 1 to 5),
 * and an optional comment. The escalating agent and their team lead see it on the ticket.
 * (An embeddable class rather than a record: JPA 3.1 cannot map records.)
 */
@Embeddable
public class HandoffRating implements Serializable {

    public static final int MAX_COMMENT = 2000;
    /** A rating at or below this on any question makes the handoff poor. */
    public static final int POOR = 2;

    @Column(name = "handoff_rated_complete")
    private Integer complete;

    @Column(name = "handoff_rated_steps")
    private Integer stepsListed;

    @Column(name = "handoff_rated_team")
    private Integer rightTeam;

    @Column(name = "handoff_rating_comment", length = MAX_COMMENT)
    private String comment;

    protected HandoffRating() {
        // for JPA
    }

    public HandoffRating(Integer complete, Integer stepsListed, Integer rightTeam, String comment) {
        this.complete = score(complete, "How complete the summary was");
        this.stepsListed = score(stepsListed, "Whether the steps already taken were listed");
        this.rightTeam = score(rightTeam, "Whether it was the right team");
        this.comment = comment == null || comment.isBlank() ? null
                : RuleViolation.requireText(comment, "The comment on the handoff", MAX_COMMENT);
    }

    /** Null when nothing was rated: the rating is asked, never forced. */
    public static HandoffRating ofOptional(Integer complete, Integer stepsListed, Integer rightTeam, String comment) {
        if (complete == null && stepsListed == null && rightTeam == null && (comment == null || comment.isBlank())) {
            return null;
        }
        return new HandoffRating(complete, stepsListed, rightTeam, comment);
    }

    private static Integer score(Integer value, String label) {
        RuleViolation.require(value, label + " (1 to 5)");
        if (value < 1 || value > 5) {
            throw new RuleViolation(label + " is rated from 1 to 5.");
        }
        return value;
    }

    boolean given() {
        return complete != null;
    }

    public boolean isPoor() {
        return complete <= POOR || stepsListed <= POOR || rightTeam <= POOR;
    }

    public int complete() {
        return complete;
    }

    public int stepsListed() {
        return stepsListed;
    }

    public int rightTeam() {
        return rightTeam;
    }

    public String comment() {
        return comment;
    }

    /** "summary 4/5, steps 2/5, right team 5/5", as the timeline says it. */
    public String describe() {
        return "summary " + complete + "/5, steps " + stepsListed + "/5, right team " + rightTeam + "/5"
                + (comment == null ? "" : ": " + comment);
    }

    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("complete", complete);
        s.put("stepsListed", stepsListed);
        s.put("rightTeam", rightTeam);
        s.put("comment", comment);
        return s;
    }
}
