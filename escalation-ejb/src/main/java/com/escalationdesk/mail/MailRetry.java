package com.escalationdesk.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Every minute, sends what is due in the outbox: retries after failures, mails that waited for the
 * recipient's working hours, and anything an outage or a restart left behind.
 */
@Singleton
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailRetry {

    private static final Logger LOG = Logger.getLogger(MailRetry.class.getName());
    private static final int BATCH = 200;

    @Inject
    private MailLedger ledger;

    @Inject
    private MailDelivery delivery;

    @Inject
    private MailTransport transport;

    @Schedule(hour = "*", minute = "*", second = "30", persistent = false, info = "outbox")
    void everyMinute() {
        int sent = sendDue();
        if (sent > 0) {
            LOG.info(() -> "Outbox: sent " + sent + " email(s)");
        }
    }

    /** Sends the due mails, one batch; the number that went out. */
    public int sendDue() {
        if (!transport.isOn()) {
            return 0;
        }
        List<Long> due = ledger.due(BATCH);
        int sent = 0;
        for (Long id : due) {
            if (delivery.deliver(id)) {
                sent++;
            }
        }
        return sent;
    }
}
