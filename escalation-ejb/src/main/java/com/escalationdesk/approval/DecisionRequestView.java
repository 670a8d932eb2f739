package com.escalationdesk.approval;

import com.escalationdesk.directory.AuthorityLevel;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A decision request as the ticket page and the approvals inbox show it: what is asked and why, for
 * which customer, how far up the chain it is, and whether the viewer may decide it now.
 */
public record DecisionRequestView(long id, String ticketNumber, String ticketSubject, String customer,
        String customerSegment, String kind, String amount, String justification, String requestedBy,
        DecisionState state, List<String> chain, String waitingFor, List<ApprovalStepView> steps, Instant requestedAt,
        boolean mayDecide, String onBehalfOf, String withdrawnReason) implements Serializable {

    static DecisionRequestView of(DecisionRequest r, boolean mayDecide) {
        return of(r, mayDecide, null);
    }

    /** {@code onBehalfOf}: the away approver in whose name the viewer would decide, if any. */
    static DecisionRequestView of(DecisionRequest r, boolean mayDecide, String onBehalfOf) {
        AuthorityLevel waiting = r.currentLevel();
        return new DecisionRequestView(r.getId(), r.getTicket().getNumber(), r.getTicket().getSubject(),
                r.getTicket().getCustomer().getName(), r.getTicket().getCustomer().getSegment().name(),
                r.getKind().getLabel(), r.getMoney() == null ? "—" : r.getMoney().toString(), r.getJustification(),
                r.getRequestedBy().getDisplayName(), r.getState(), r.chain().stream().map(AuthorityLevel::label).toList(),
                waiting == null ? null : waiting.label(), r.getSteps().stream().map(ApprovalStepView::of).toList(),
                r.getRequestedAt(), mayDecide, onBehalfOf, r.getWithdrawnReason());
    }

    public String chainText() {
        return String.join(" → ", chain);
    }
}
