package com.escalationdesk.escalation.web;

import com.escalationdesk.escalation.Escalations;
import com.escalationdesk.escalation.PendingEscalation;
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

    private List<PendingEscalation> pending = List.of();
    /** The rows the table's filters leave, kept by the table itself. */
    private List<PendingEscalation> filtered;
    private List<TicketSummary> bounced = List.of();

    private boolean allTeams;

    @PostConstruct
    void load() {
        allTeams = "true".equals(jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("all"));
        FacesActions.attempt(() -> {
            // the table sorts this list in place
            pending = new java.util.ArrayList<>(escalations.pending(allTeams));
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
        return pending.stream().filter(p -> p.escalation().overdue()).count();
    }

    public List<PendingEscalation> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<PendingEscalation> filtered) {
        this.filtered = filtered;
    }

    public com.escalationdesk.ticket.Priority[] getPriorities() {
        return com.escalationdesk.ticket.Priority.values();
    }

    public List<PendingEscalation> getPending() {
        return pending;
    }
}
