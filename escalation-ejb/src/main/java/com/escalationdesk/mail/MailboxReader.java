package com.escalationdesk.mail;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One read of one mailbox: each unread email is taken in ({@link MailIntake}) in a transaction of its
 * own, then marked read. An email another server took in first is only marked read. One that fails
 * stays unread and is tried at the next read; after {@value #MOST_TRIES} failures it is recorded as
 * failed, with the reason, and marked read, so that one bad email does not hold up the others.
 */
@Stateless
@PermitAll
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailboxReader {

    static final int MOST_TRIES = 5;
    /** Larger emails are recorded as failed: the desk stores no email this size. */
    static final int LARGEST = 25 * 1024 * 1024;
    private static final Logger LOG = Logger.getLogger(MailboxReader.class.getName());
    /** Failed tries of each email on this server, by its key. */
    private static final Map<String, Integer> FAILURES = new ConcurrentHashMap<>();

    @Inject
    private MailIntake intake;

    /** Returns how many emails this read took in (not those another server took); fails when the mailbox cannot be read. */
    public int read(Mailbox mailbox) throws MessagingException {
        Session session = Session.getInstance(mailbox.properties());
        int taken = 0;
        try (Store store = session.getStore()) {
            store.connect(mailbox.host(), mailbox.port(), mailbox.user(), mailbox.password());
            try (Folder folder = store.getFolder(mailbox.folder())) {
                folder.open(Folder.READ_WRITE);
                Message[] unread = folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false));
                for (Message message : unread) {
                    if (takeIn(mailbox, session, message)) {
                        taken++;
                    }
                }
            }
        }
        return taken;
    }

    private boolean takeIn(Mailbox mailbox, Session session, Message message) throws MessagingException {
        if (message.isExpunged() || message.isSet(Flags.Flag.SEEN) || message.isSet(Flags.Flag.DELETED)) {
            return false;
        }
        byte[] raw;
        IncomingMail mail;
        String key;
        try {
            if (message.getSize() > LARGEST) {
                String id = message instanceof MimeMessage m ? m.getMessageID() : null;
                key = InboundMessage.keyOf(stripped(id), (mailbox.name() + ":" + message.getMessageNumber() + ":" + id).getBytes());
                intake.failed(mailbox.name(), key, null, "the email is larger than " + LARGEST / 1024 / 1024 + " MB");
                message.setFlag(Flags.Flag.SEEN, true);
                return false;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(message.getSize(), 1024));
            message.writeTo(bytes);
            raw = bytes.toByteArray();
            MimeMessage copy = new MimeMessage(session, new ByteArrayInputStream(raw));
            mail = IncomingMails.read(copy);
            key = InboundMessage.keyOf(mail.messageId(), raw);
        } catch (IOException | MessagingException | RuntimeException e) {
            LOG.log(Level.WARNING, "Could not read an email in " + mailbox.describe() + "; it is read again later", e);
            return false;
        }
        try {
            intake.take(mailbox, mail, key);
            FAILURES.remove(key);
            message.setFlag(Flags.Flag.SEEN, true);
            return true;
        } catch (RuntimeException e) {
            if (intake.known(key)) {
                // another server took it in first: its unique key refused this one
                FAILURES.remove(key);
                message.setFlag(Flags.Flag.SEEN, true);
                return false;
            }
            int tries = FAILURES.merge(key, 1, Integer::sum);
            LOG.log(Level.WARNING, "Could not take in the email " + mail.messageId() + " from " + mail.fromAddress() + " (try " + tries
                    + " of " + MOST_TRIES + ")", e);
            if (tries >= MOST_TRIES) {
                FAILURES.remove(key);
                intake.failed(mailbox.name(), key, mail, MailDelivery.rootMessage(e));
                message.setFlag(Flags.Flag.SEEN, true);
            }
            return false;
        }
    }

    private static String stripped(String id) {
        return id == null ? null : id.replace("<", "").replace(">", "").strip();
    }
}
