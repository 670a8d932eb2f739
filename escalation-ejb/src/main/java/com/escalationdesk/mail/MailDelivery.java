package com.escalationdesk.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One attempt to send one email from the outbox: claim it, talk to SMTP outside any transaction,
 * then record the outcome. A claim that loses a race (another sender took it) sends nothing.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailDelivery {

    private static final Logger LOG = Logger.getLogger(MailDelivery.class.getName());

    @Inject
    private MailLedger ledger;

    @Inject
    private MailTransport transport;

    @Asynchronous
    public void deliverLater(long mailId) {
        deliver(mailId);
    }

    /** True when the email went out in this attempt. */
    public boolean deliver(long mailId) {
        Optional<MailLedger.Claimed> claimed;
        try {
            claimed = ledger.claim(mailId);
        } catch (EJBException e) {
            LOG.log(Level.FINE, "Email " + mailId + " was claimed by another sender", e);
            return false;
        }
        if (claimed.isEmpty()) {
            return false;
        }
        MailLedger.Claimed mail = claimed.get();
        try {
            transport.send(mail.to(), mail.subject(), mail.body(), mail.ticketNumber(), mail.headers());
            ledger.sent(mailId);
            return true;
        } catch (MessagingException | RuntimeException e) {
            String error = rootMessage(e);
            boolean gaveUp = ledger.failed(mailId, error);
            LOG.log(Level.WARNING, () -> (gaveUp ? "Gave up on email " : "Could not send email ") + mailId + " to "
                    + mail.to() + " (attempt " + mail.attempt() + "): " + error
                    + (gaveUp ? "" : "; it will be tried again"));
            return false;
        }
    }

    /** The failure as one line: its own message and its deepest cause's. */
    static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return cause == e ? message : e.getMessage() + ": " + message;
    }
}
