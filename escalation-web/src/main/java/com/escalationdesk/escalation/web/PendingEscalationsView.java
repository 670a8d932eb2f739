package com.escalationdesk.escalation.web;

import com.escalationdesk.escalation.EscalationView;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The manager's watch list: escalations still waiting for a team to take them, oldest first. */
@Named
@ViewScoped
public class PendingEscalationsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Escalations escalations;

    private List<EscalationView> pending = List.of();

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> pending = escalations.pending());
    }

    public List<EscalationView> getPending() {
        return pending;
    }
}
