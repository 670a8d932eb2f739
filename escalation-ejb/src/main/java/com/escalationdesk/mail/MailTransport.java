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
    static final String TICKET_HEADER = "X-Escalation-Desk-Ticket";
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

    /** Sends one plain-text email; the caller records the outcome and retries on failure. */
    public void send(String to, String subject, String body, String ticketNumber) throws MessagingException {
        if (session == null) {
            throw new MessagingException("Mail is off: no mail session " + SESSION + ".");
        }
        MimeMessage message = new MimeMessage(session);
        message.setFrom();
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to, true));
        message.setSubject(subject, StandardCharsets.UTF_8.name());
        message.setText(body, StandardCharsets.UTF_8.name());
        message.setSentDate(new Date());
        if (ticketNumber != null) {
            message.setHeader(TICKET_HEADER, ticketNumber);
        }
        Transport.send(message);
    }

    private static String portOf(Session s) {
        String port = s.getProperty("mail.smtp.port");
        return port == null ? "25" : port;
    }
}
