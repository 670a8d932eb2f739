package com.escalationdesk.integration;

import java.io.Serializable;

/** A webhook just registered, with the secret its receiver verifies signatures with: the only time it is shown. */
public record RegisteredWebhook(WebhookRow webhook, String secret) implements Serializable {
}
