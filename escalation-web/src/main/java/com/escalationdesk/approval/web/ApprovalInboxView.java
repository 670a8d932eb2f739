package com.escalationdesk.approval.web;

import com.escalationdesk.approval.Approvals;
import com.escalationdesk.approval.DecisionRequestView;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The approver's inbox: decision requests waiting for them, oldest first. */
@Named
@ViewScoped
public class ApprovalInboxView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Approvals approvals;

    private List<DecisionRequestView> waiting = List.of();

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> waiting = approvals.inbox());
    }

    public List<DecisionRequestView> getWaiting() {
        return waiting;
    }
}
