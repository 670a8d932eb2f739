package com.escalationdesk.notification.web;

import com.escalationdesk.notification.Notifications;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The unread count in the page header, asked once per request. */
@Named
@RequestScoped
public class NotificationBell {

    @Inject
    private Notifications notifications;

    private Long unread;

    public long getUnread() {
        if (unread == null) {
            try {
                unread = notifications.unreadCount();
            } catch (RuntimeException e) {
                // The header must render even when the count cannot be read (e.g. on an error page).
                unread = 0L;
            }
        }
        return unread;
    }
}
