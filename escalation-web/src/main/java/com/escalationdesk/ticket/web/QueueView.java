package com.escalationdesk.ticket.web;

import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.ticket.TicketSummary;
import com.escalationdesk.ticket.Tickets;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** An agent's two queues: tickets assigned to them, and everything active in their team. */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Tickets tickets;

    private List<TicketSummary> mine = List.of();
    private List<TicketSummary> team = List.of();

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> {
            mine = tickets.myQueue();
            team = tickets.teamQueue();
        });
    }

    public List<TicketSummary> getMine() {
        return mine;
    }

    public List<TicketSummary> getTeam() {
        return team;
    }
}
