package com.escalationdesk.approval;

import java.time.Instant;

/** One level's decision, as shown with its request. */
public record ApprovalStepView(String level, String approver, boolean approved, String note, Instant at) {

    static ApprovalStepView of(ApprovalStep s) {
        return new ApprovalStepView(s.getLevel().label(), s.getApprover().getDisplayName(), s.isApproved(), s.getNote(),
                s.getDecidedAt());
    }
}
