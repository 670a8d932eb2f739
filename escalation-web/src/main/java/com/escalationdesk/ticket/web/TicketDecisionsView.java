package com.escalationdesk.ticket.web;

import com.escalationdesk.approval.Approvals;
import com.escalationdesk.approval.DecisionKindOption;
import com.escalationdesk.approval.DecisionRequestView;
import com.escalationdesk.approval.DecisionState;
import com.escalationdesk.approval.NewDecisionRequest;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The decisions part of the ticket page: requesting a decision that may need authority, and, for
 * approvers, approving or rejecting it with the ticket's whole history in view.
 */
@Named
@ViewScoped
public class TicketDecisionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Approvals approvals;

    @Inject
    private TicketView ticketView;

    private List<DecisionRequestView> decisions;
    private List<DecisionKindOption> kinds;
    private String kind;
    private BigDecimal amount;
    private String currency = "EUR";
    private String justification;
    /** Each request's own note, by request id: an approver may decide several on one page. */
    private final Map<Long, String> notes = new HashMap<>();

    public List<DecisionRequestView> getDecisions() {
        if (decisions == null) {
            decisions = List.of();
            if (ticketView.getTicket() != null) {
                FacesActions.attempt(() -> decisions = approvals.forTicket(ticketView.getNumber()));
            }
        }
        return decisions;
    }

    public List<DecisionKindOption> getKinds() {
        if (kinds == null) {
            kinds = List.of();
            FacesActions.attempt(() -> kinds = approvals.kinds());
        }
        return kinds;
    }

    public String request() {
        DecisionRequestView[] made = new DecisionRequestView[1];
        return ticketView.reloadAfter(() -> made[0] = approvals.request(new NewDecisionRequest(
                ticketView.getNumber(), kind, amount, currency, justification)),
                () -> made[0].state() == DecisionState.DECIDED_WITHIN_AUTHORITY
                        ? made[0].kind() + " of " + made[0].amount() + " is within your authority: decided and recorded."
                        : "Decision requested; it waits for: " + made[0].chainText() + ".");
    }

    /** The requests still waiting for approval, which resolving the ticket would withdraw. */
    public List<DecisionRequestView> getPending() {
        return getDecisions().stream().filter(d -> d.state() == DecisionState.PENDING).toList();
    }

    public String approve(long requestId) {
        return ticketView.reloadAfter(() -> approvals.approve(requestId, notes.get(requestId)),
                "Request #" + requestId + " approved.");
    }

    public String reject(long requestId) {
        return ticketView.reloadAfter(() -> approvals.reject(requestId, notes.get(requestId)),
                "Request #" + requestId + " rejected.");
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public String getCurrency() {
        return currency;
    }

    public void setCurrency(String currency) {
        this.currency = currency;
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public Map<Long, String> getNotes() {
        return notes;
    }
}
