package com.escalationdesk.mail;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Locale;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * The way out to SMTP: the mail session the server defines as {@value #SESSION}. Without one, mail
 * is off: the application works as before, notifications stay in the app, and the log says so once
 * at startup.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailTransport {

    public static final String SESSION = "mail/escalation-desk";
    private static final Logger LOG = Logger.getLogger(MailTransport.class.getName());

    private Session session;

    @PostConstruct
    void findSession() {
        try {
            session = InitialContext.doLookup(SESSION);
            LOG.info(() -> "Mail is on: emails go out through the mail session " + SESSION + " to "
                    + session.getProperty("mail.smtp.host") + ":" + portOf(session) + " from "
                    + session.getProperty("mail.from") + ".");
        } catch (NamingException | ClassCastException e) {
            session = null;
            LOG.info(() -> "Mail is off: the server defines no mail session " + SESSION
                    + "; notifications stay in the application. See the README, \"Email\", to turn it on.");
        }
    }

    public boolean isOn() {
        return session != null;
    }

    /** The address the desk sends from, lower case, or null when mail is off. */
    public String fromAddress() {
        String from = session == null ? null : session.getProperty("mail.from");
        return from == null || from.isBlank() ? null : from.strip().toLowerCase(Locale.ROOT);
    }

    /** Sends one plain-text email; the caller records the outcome and retries on failure. */
    public void send(String to, String subject, String body, String ticketNumber, OutboundHeaders headers) throws MessagingException {
        if (session == null) {
            throw new MessagingException("Mail is off: no mail session " + SESSION + ".");
        }
        MimeMessage message = new DeskMessage(session, headers.messageId());
        message.setFrom();
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (ticketNumber != null) {
            message.setHeader(MailHeaders.TICKET, ticketNumber);
        }
        if (headers.inReplyTo() != null) {
            message.setHeader("In-Reply-To", headers.inReplyTo());
        }
        if (headers.references() != null) {
            message.setHeader("References", headers.references());
        }
        if (headers.replyTo() != null) {
            message.setReplyTo(InternetAddress.parse(headers.replyTo(), true));
        }
        if (headers.automatic()) {
            // RFC 3834: responders do not answer it; Exchange's out-of-office replies are asked not to either
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setHeader("X-Auto-Response-Suppress", "All");
        }
        Transport.send(message);
    }

    /** A message with the desk's own id: the one its outbox row keeps, so that answers to it find their ticket. */
    private static final class DeskMessage extends MimeMessage {

        private final String id;

        DeskMessage(Session session, String id) {
            super(session);
            this.id = id;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            if (id == null) {
                super.updateMessageID();
            } else {
                setHeader("Message-ID", "<" + id + ">");
            }
        }
    }

    private static String portOf(Session s) {
        String port = s.getProperty("mail.smtp.port");
        return port == null ? "25" : port;
    }
}
