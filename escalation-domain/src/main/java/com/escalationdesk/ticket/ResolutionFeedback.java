package com.escalationdesk.ticket;

import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;

/**
 * What the customer said about one resolution of their case: satisfaction (1 to 5, with a comment)
 * and effort ("How easy was it to get your issue resolved?", 1 very hard to 7 very easy). A case
 * reopened and resolved again is asked again, and keeps the earlier answers. Whether the case had
 * been escalated by then is kept with them, so satisfaction with and without an escalation can be
 * told apart.
 */
@Embeddable
public class ResolutionFeedback implements Serializable {

    public static final int MAX_COMMENT = 2000;

    @Column(name = "resolution", nullable = false)
    private int resolution;

    @Column(name = "after_escalation", nullable = false)
    private boolean afterEscalation;

    @Column(name = "satisfaction")
    private Integer satisfaction;

    @Column(name = "comment", length = MAX_COMMENT)
    private String comment;

    @Column(name = "effort")
    private Integer effort;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    protected ResolutionFeedback() {
        // for JPA
    }

    ResolutionFeedback(int resolution, boolean afterEscalation) {
        this.resolution = resolution;
        this.afterEscalation = afterEscalation;
    }

    /** Answers given replace earlier ones of the same resolution; questions left out keep theirs. */
    void answer(Integer newSatisfaction, String newComment, Integer newEffort, Instant now) {
        if (newSatisfaction == null && newEffort == null) {
            throw new RuleViolation("Choose how satisfied you are, or how easy it was, or both.");
        }
        if (newSatisfaction != null && (newSatisfaction < 1 || newSatisfaction > 5)) {
            throw new RuleViolation("Choose from 1 (poor) to 5 (excellent).");
        }
        if (newEffort != null && (newEffort < 1 || newEffort > 7)) {
            throw new RuleViolation("Choose how easy it was from 1 (very hard) to 7 (very easy).");
        }
        String text = newComment == null || newComment.isBlank() ? null : newComment.strip();
        if (text != null && text.length() > MAX_COMMENT) {
            throw new RuleViolation("The comment must be at most " + MAX_COMMENT + " characters.");
        }
        if (newSatisfaction != null) {
            satisfaction = newSatisfaction;
            comment = text;
        }
        if (newEffort != null) {
            effort = newEffort;
        }
        answeredAt = now;
    }

    public int resolution() {
        return resolution;
    }

    public boolean afterEscalation() {
        return afterEscalation;
    }

    public Integer satisfaction() {
        return satisfaction;
    }

    public String comment() {
        return comment;
    }

    public Integer effort() {
        return effort;
    }

    public Instant answeredAt() {
        return answeredAt;
    }

    /** "satisfaction 2/5, effort 3/7: …", as the timeline and the ticket page say it. */
    public String describe() {
        String s = (satisfaction == null ? "" : "satisfaction " + satisfaction + "/5")
                + (satisfaction != null && effort != null ? ", " : "") + (effort == null ? "" : "effort " + effort + "/7");
        return s + (comment == null ? "" : ": " + comment);
    }
}
