package com.escalationdesk.escalation;

import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/**
 * What the escalating agent hands over so that the customer never has to repeat themselves: the
 * issue, the steps already taken, and what is needed from the receiving side. All three are
 * required. (An embeddable class rather than a record: JPA 3.1 cannot map records.)
 */
@Embeddable
public class HandoffSummary {

    public static final int MAX_LENGTH = 2000;

    @Column(name = "handoff_issue", length = MAX_LENGTH)
    private String issue;

    @Column(name = "handoff_steps_taken", length = MAX_LENGTH)
    private String stepsTaken;

    @Column(name = "handoff_needed", length = MAX_LENGTH)
    private String needed;

    protected HandoffSummary() {
        // for JPA
    }

    public HandoffSummary(String issue, String stepsTaken, String needed) {
        this.issue = RuleViolation.requireText(issue, "The issue (handoff summary)", MAX_LENGTH);
        this.stepsTaken = RuleViolation.requireText(stepsTaken, "The steps already taken (handoff summary)", MAX_LENGTH);
        this.needed = RuleViolation.requireText(needed, "What is needed (handoff summary)", MAX_LENGTH);
    }

    public String issue() {
        return issue;
    }

    public String stepsTaken() {
        return stepsTaken;
    }

    public String needed() {
        return needed;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HandoffSummary other && Objects.equals(issue, other.issue)
                && Objects.equals(stepsTaken, other.stepsTaken) && Objects.equals(needed, other.needed);
    }

    @Override
    public int hashCode() {
        return Objects.hash(issue, stepsTaken, needed);
    }
}
