package com.escalationdesk.integration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/** Starts a webhook delivery once the step that wrote it has committed, on another thread. */
@ApplicationScoped
public class WebhookAfterCommit {

    @Inject
    private WebhookSender sender;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookQueued queued) {
        sender.deliverLater(queued.deliveryId());
    }
}
