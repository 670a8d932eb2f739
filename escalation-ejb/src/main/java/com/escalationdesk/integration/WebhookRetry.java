package com.escalationdesk.integration;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every ten seconds, sends the webhook deliveries that are due: retries after their pause, and
 * anything a restart or a lost thread left behind. Two servers may both sweep; a delivery's claim
 * lets only one of them send it.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookRetry {

    private static final Logger LOG = Logger.getLogger(WebhookRetry.class.getName());
    private static final int BATCH = 100;

    @Inject
    private WebhookLedger ledger;

    @Inject
    private WebhookSender sender;

    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false, info = "webhooks")
    void sweep() {
        List<Long> due = ledger.due(BATCH);
        int delivered = 0;
        for (Long id : due) {
            if (sender.deliver(id)) {
                delivered++;
            }
        }
        int sent = delivered;
        if (sent > 0) {
            LOG.info(() -> "Webhooks: delivered " + sent + " event(s) that were due");
        }
    }
}
