package com.escalationdesk.notification;

import java.io.Serializable;
import java.time.Instant;

/** A notification as the notification centre shows it. */
public record NotificationView(long id, NotificationKind kind, String ticketNumber, String message, Instant createdAt,
        boolean read) implements Serializable {

    public static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getTicketNumber(), n.getMessage(), n.getCreatedAt(),
                n.getReadAt() != null);
    }
}
