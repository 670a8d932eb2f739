package com.escalationdesk.escalation.web;

import com.escalationdesk.escalation.EscalationView;
import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.ticket.TicketSummary;
import com.escalationdesk.ticket.Tickets;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * The manager's watch list: escalations still waiting for a team to take them (oldest first), and
 * active tickets that bounced between teams.
 */
@Named
@ViewScoped
public class EscalationWatchView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Escalations escalations;

    @Inject
    private Tickets tickets;

    private List<EscalationView> pending = List.of();
    private List<TicketSummary> bounced = List.of();

    private boolean allTeams;

    @PostConstruct
    void load() {
        allTeams = "true".equals(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("all"));
        FacesActions.attempt(() -> {
            pending = escalations.pending(allTeams);
            bounced = tickets.bounced(allTeams);
        });
    }

    /** The whole desk rather than the teams that report to the caller. */
    public boolean isAllTeams() {
        return allTeams;
    }

    public List<TicketSummary> getBounced() {
        return bounced;
    }

    public long getOverdueCount() {
        return pending.stream().filter(EscalationView::overdue).count();
    }

    public List<EscalationView> getPending() {
        return pending;
    }
}
