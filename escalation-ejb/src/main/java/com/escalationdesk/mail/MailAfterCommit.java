package com.escalationdesk.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

/**
 * Starts sending an email once the transaction that queued it has committed, on another thread,
 * so that the operation neither waits for SMTP nor fails with it.
 */
@ApplicationScoped
public class MailAfterCommit {

    @Inject
    private MailDelivery delivery;

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailQueued queued) {
        delivery.deliverLater(queued.mailId());
    }
}
