package com.escalationdesk.ticket.web;

import com.escalationdesk.ticket.QueueScope;
import com.escalationdesk.ticket.Tickets;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** An agent's two queues, each paged, sorted and searched in the database: their own tickets, and their team's. */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Tickets tickets;

    private TicketQueueModel mine;
    private TicketQueueModel team;

    @PostConstruct
    void load() {
        mine = new TicketQueueModel(tickets, QueueScope.MINE);
        team = new TicketQueueModel(tickets, QueueScope.TEAM);
    }

    public TicketQueueModel getMine() {
        return mine;
    }

    public TicketQueueModel getTeam() {
        return team;
    }
}
