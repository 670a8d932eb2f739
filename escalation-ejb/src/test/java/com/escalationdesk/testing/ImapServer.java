package com.escalationdesk.testing;

import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * GreenMail as the real IMAP server of the desk's mailbox {@code mail/escalation-desk-in-1}, on the
 * port that session names (3143 in src/test/micro/mail.asadmin; 3243 in the PostgreSQL run), with its
 * user and password. Emails are put in the mailbox as a mail server delivers them.
 */
public final class ImapServer {

    public static final String MAILBOX = "mail/escalation-desk-in-1";
    private static GreenMail server;
    private static GreenMailUser desk;

    private ImapServer() {
    }

    public static synchronized void start() {
        if (server == null) {
            Session session = session();
            server = new GreenMail(new ServerSetup(Integer.parseInt(session.getProperty("mail.imap.port")), "127.0.0.1",
                    ServerSetup.PROTOCOL_IMAP));
            server.start();
            String user = session.getProperty("mail.user");
            desk = server.setUser(session.getProperty("mail.from"), user, session.getProperty("mail.imap.password"));
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
            desk = null;
        }
    }

    /** Delivers an email, written as its raw text (header lines, a blank line, the body), to the desk's mailbox. */
    public static synchronized void deliver(String raw) {
        try {
            desk.deliver(new MimeMessage(Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.replace("\r\n", "\n").replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8))));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** How many emails in the desk's mailbox are not marked read yet. */
    public static synchronized long unread() {
        try {
            return desk == null ? 0 : server.getManagers().getImapHostManager().getInbox(desk).getMessages().stream()
                    .filter(m -> !m.isSet(jakarta.mail.Flags.Flag.SEEN)).count();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Session session() {
        try {
            return InitialContext.doLookup(MAILBOX);
        } catch (NamingException e) {
            throw new IllegalStateException("The deployment defines no mailbox " + MAILBOX, e);
        }
    }
}
