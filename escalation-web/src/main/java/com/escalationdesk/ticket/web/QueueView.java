package com.escalationdesk.ticket.web;

import com.escalationdesk.shared.web.FacesActions;
import com.escalationdesk.ticket.AgentOption;
import com.escalationdesk.ticket.BulkOutcome;
import com.escalationdesk.ticket.BulkTicketChanges;
import com.escalationdesk.ticket.Priority;
import com.escalationdesk.ticket.QueueFilter;
import com.escalationdesk.ticket.QueueScope;
import com.escalationdesk.ticket.QueueViews;
import com.escalationdesk.ticket.SavedView;
import com.escalationdesk.ticket.TicketStatus;
import com.escalationdesk.ticket.Tickets;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An agent's two queues, each paged, sorted, searched and filtered in the database (their own tickets,
 * and their team's), the views they saved of them, and changes to the tickets they tick.
 */
@Named
@ViewScoped
public class QueueView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Tickets tickets;

    @Inject
    private QueueViews views;

    @Inject
    private BulkTicketChanges bulk;

    private TicketQueueModel mine;
    private TicketQueueModel team;
    private List<SavedView> savedViews;
    private SavedView activeView;
    private List<AgentOption> teammates;
    private String viewName;
    private String handTo;
    private Priority newPriority;
    private int activeTab;

    @PostConstruct
    void load() {
        mine = new TicketQueueModel(tickets, QueueScope.MINE);
        team = new TicketQueueModel(tickets, QueueScope.TEAM);
        savedViews = views.mine();
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("view");
        if (asked != null && !asked.isBlank()) {
            activeView = savedViews.stream().filter(v -> String.valueOf(v.id()).equals(asked.strip())).findFirst().orElse(null);
            if (activeView == null) {
                FacesActions.error("That view no longer exists; your queues are shown as they come.");
            } else {
                (activeView.spec().scope() == QueueScope.MINE ? mine : team).arrange(activeView.spec());
                viewName = activeView.spec().name();
                activeTab = activeView.spec().scope() == QueueScope.TEAM ? 1 : 0;
            }
        }
    }

    /** Saves the queue as arranged under the name typed, and opens it as that view. */
    public String saveView(TicketQueueModel queue) {
        long[] id = new long[1];
        if (!FacesActions.attempt(() -> id[0] = views.save(queue.arrangement(viewName)))) {
            return null;
        }
        FacesActions.info("View “" + viewName.strip() + "” saved.");
        return "/ticket/queue?faces-redirect=true&view=" + id[0];
    }

    public String removeView() {
        if (activeView == null) {
            return null;
        }
        return FacesActions.attemptThen(() -> views.remove(activeView.id()),
                "View “" + activeView.spec().name() + "” removed.", "/ticket/queue?faces-redirect=true");
    }

    public void claimSelected(TicketQueueModel queue) {
        report(queue, bulk::claim, "claimed by you");
    }

    public void reassignSelected(TicketQueueModel queue) {
        String to = teammates().stream().filter(t -> t.loginName().equals(handTo)).map(AgentOption::displayName).findFirst()
                .orElse(handTo);
        report(queue, numbers -> bulk.reassign(numbers, handTo), "handed to " + to);
    }

    public void changePrioritySelected(TicketQueueModel queue) {
        report(queue, numbers -> bulk.changePriority(numbers, newPriority),
                "now " + (newPriority == null ? "" : newPriority.label()));
    }

    /** Runs a change on the ticked tickets and says what became of each: changed, or why not. */
    private void report(TicketQueueModel queue, Function<List<String>, BulkOutcome> change, String done) {
        BulkOutcome[] outcome = new BulkOutcome[1];
        if (!FacesActions.attempt(() -> outcome[0] = change.apply(queue.selectedNumbers()))) {
            return;
        }
        BulkOutcome o = outcome[0];
        if (!o.changed().isEmpty()) {
            FacesActions.info((o.changed().size() == 1 ? "1 ticket " : o.changed().size() + " tickets ") + done + ": "
                    + String.join(", ", o.changed()) + ".");
        }
        if (!o.refused().isEmpty()) {
            FacesActions.error((o.refused().size() == 1 ? "1 ticket was" : o.refused().size() + " tickets were")
                    + " left as they were: " + o.refused().stream().map(r -> r.number() + ": " + r.reason())
                            .collect(Collectors.joining(" ")));
        }
        queue.getSelected().clear();
    }

    public List<AgentOption> teammates() {
        if (teammates == null) {
            teammates = bulk.teammates();
        }
        return teammates;
    }

    public TicketQueueModel getMine() {
        return mine;
    }

    public TicketQueueModel getTeam() {
        return team;
    }

    public List<SavedView> getSavedViews() {
        return savedViews;
    }

    public SavedView getActiveView() {
        return activeView;
    }

    /** The tab shown: a saved view of the team queue opens on the team's. */
    public int getActiveTab() {
        return activeTab;
    }

    public void setActiveTab(int activeTab) {
        this.activeTab = activeTab;
    }

    public boolean isActive(SavedView view) {
        return activeView != null && activeView.id() == view.id();
    }


    public Priority[] getPriorityOptions() {
        return Priority.values();
    }

    public List<TicketStatus> getStatusOptions() {
        return QueueFilter.activeStatuses();
    }

    public String getViewName() {
        return viewName;
    }

    public void setViewName(String viewName) {
        this.viewName = viewName;
    }

    public String getHandTo() {
        return handTo;
    }

    public void setHandTo(String handTo) {
        this.handTo = handTo;
    }

    public Priority getNewPriority() {
        return newPriority;
    }

    public void setNewPriority(Priority newPriority) {
        this.newPriority = newPriority;
    }
}
