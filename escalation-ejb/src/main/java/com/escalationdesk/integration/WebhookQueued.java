package com.escalationdesk.integration;

/** A delivery written to the outbox, to be sent once its transaction has committed. */
public record WebhookQueued(long deliveryId) {
}
