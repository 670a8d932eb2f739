package com.escalationdesk.integration;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** A webhook as the admin's list shows it: never its secret. {@code events} are the payload types it is sent. */
public record WebhookRow(long id, String url, String description, List<String> events, boolean active, Instant createdAt,
        String createdBy) implements Serializable {

    static WebhookRow of(Webhook w) {
        return new WebhookRow(w.getId(), w.getUrl(), w.getDescription(), w.events().stream().map(WebhookEvent::type).toList(),
                w.isActive(), w.getCreatedAt(), w.getCreatedBy());
    }
}
