package com.escalationdesk.approval;

import com.escalationdesk.directory.Agent;
import java.io.Serializable;

/** An approver as a choice on a form (delegating approvals). */
public record ApproverOption(String loginName, String label) implements Serializable {

    static ApproverOption of(Agent a) {
        return new ApproverOption(a.getLoginName(), a.getDisplayName() + " (" + a.getApprovalLevel().label() + ")");
    }
}
