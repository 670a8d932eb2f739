package com.escalationdesk.approval;

import java.io.Serializable;
import java.time.Instant;

/** One level's decision, as shown with its request. */
public record ApprovalStepView(String level, String approver, boolean approved, String note, Instant at) implements Serializable {

    /** The approver is shown as "Omar Haddad for David Chen" when a delegate decided. */
    static ApprovalStepView of(ApprovalStep s) {
        String who = s.getApprover().getDisplayName()
                + (s.getOnBehalfOf() == null ? "" : " for " + s.getOnBehalfOf().getDisplayName());
        return new ApprovalStepView(s.getLevel().label(), who, s.isApproved(), s.getNote(), s.getDecidedAt());
    }
}
