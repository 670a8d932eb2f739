package com.escalationdesk.approval.web;

import com.escalationdesk.approval.ApproverOption;
import com.escalationdesk.approval.Approvals;
import com.escalationdesk.approval.DelegationView;
import com.escalationdesk.approval.DecisionRequestView;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The approver's inbox (decision requests waiting for them, oldest first) and their stand-ins while away. */
@Named
@ViewScoped
public class ApprovalInboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Approvals approvals;

    private List<DecisionRequestView> waiting = List.of();
    private List<DelegationView> delegations = List.of();
    private List<ApproverOption> approvers = List.of();
    private String delegate;
    private LocalDate firstDay = LocalDate.now(ZoneOffset.UTC);
    private LocalDate lastDay = LocalDate.now(ZoneOffset.UTC).plusDays(7);

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> {
            waiting = approvals.inbox();
            delegations = approvals.delegations();
            approvers = approvals.approvers();
        });
    }

    public String delegate() {
        if (!FacesActions.attempt(() -> approvals.delegate(delegate, firstDay, lastDay))) {
            return null;
        }
        FacesActions.info("Your approvals go to your stand-in from " + firstDay + " to " + lastDay + ".");
        return "/manager/approvals?faces-redirect=true";
    }

    public String revoke(long delegationId) {
        if (!FacesActions.attempt(() -> approvals.revokeDelegation(delegationId))) {
            return null;
        }
        FacesActions.info("Delegation revoked.");
        return "/manager/approvals?faces-redirect=true";
    }

    public List<DelegationView> getDelegations() {
        return delegations;
    }

    public List<ApproverOption> getApprovers() {
        return approvers;
    }

    public String getDelegate() {
        return delegate;
    }

    public void setDelegate(String delegate) {
        this.delegate = delegate;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public void setFirstDay(LocalDate firstDay) {
        this.firstDay = firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }

    public void setLastDay(LocalDate lastDay) {
        this.lastDay = lastDay;
    }

    public List<DecisionRequestView> getWaiting() {
        return waiting;
    }
}
