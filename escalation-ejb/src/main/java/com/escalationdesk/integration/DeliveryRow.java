package com.escalationdesk.integration;

import java.io.Serializable;
import java.time.Instant;

/**
 * A delivery as the admin's list shows it: what was sent where, how each attempt went and what
 * happens next ({@code state}: Delivered, Retrying, Pending, Given up; {@code nextAttemptAt} only
 * while it is still to be tried).
 */
public record DeliveryRow(long id, long webhookId, String url, String event, String messageId, String ticketNumber,
        Instant createdAt, int attempts, Instant lastAttemptAt, Integer lastStatus, String lastError, Instant deliveredAt,
        Instant nextAttemptAt, String state, String payload) implements Serializable {

    static DeliveryRow of(WebhookDelivery d) {
        boolean open = d.getDeliveredAt() == null && d.getGaveUpAt() == null;
        return new DeliveryRow(d.getId(), d.getWebhook().getId(), d.getWebhook().getUrl(), d.getEvent().type(), d.getMessageId(),
                d.getTicketNumber(), d.getCreatedAt(), d.getAttempts(), d.getLastAttemptAt(), d.getLastStatus(), d.getLastError(),
                d.getDeliveredAt(), open ? d.getNextAttemptAt() : null, d.state(), d.getPayload());
    }

    public boolean delivered() {
        return "Delivered".equals(state);
    }
}
