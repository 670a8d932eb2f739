package com.escalationdesk.notification.web;

import com.escalationdesk.notification.NotificationView;
import com.escalationdesk.notification.Notifications;
import com.escalationdesk.shared.web.FacesActions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The signed-in person's notification centre. */
@Named
@ViewScoped
public class NotificationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "/notifications?faces-redirect=true";

    @Inject
    private Notifications notifications;

    private List<NotificationView> items = List.of();

    @PostConstruct
    void load() {
        FacesActions.attempt(() -> items = notifications.mine());
    }

    public String markRead(long id) {
        return FacesActions.attempt(() -> notifications.markRead(id)) ? PAGE : null;
    }

    /** Marks it read and opens its ticket. */
    public String open(NotificationView n) {
        if (!FacesActions.attempt(() -> notifications.markRead(n.id()))) {
            return null;
        }
        return n.ticketNumber() == null ? PAGE : "/ticket/view?faces-redirect=true&number=" + n.ticketNumber();
    }

    public String markAllRead() {
        if (!FacesActions.attempt(notifications::markAllRead)) {
            return null;
        }
        FacesActions.info("All notifications marked as read.");
        return PAGE;
    }

    public List<NotificationView> getItems() {
        return items;
    }
}
