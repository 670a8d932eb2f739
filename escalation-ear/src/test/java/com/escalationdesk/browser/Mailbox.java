package com.escalationdesk.browser;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser tests' GreenMail: the real SMTP server the test server's mail session points at (the
 * build passes its port to ./run), and what has arrived there.
 */
public final class Mailbox {

    private Mailbox() {
    }

    public static GreenMailExtension smtpServer() {
        return new GreenMailExtension(new ServerSetup(Integer.getInteger("desk.smtp.port", 28025), "127.0.0.1",
                ServerSetup.PROTOCOL_SMTP));
    }

    /** The desk's mailbox and the customers' mail server in one: SMTP as {@link #smtpServer}, and IMAP where the test server reads support@desk.test. */
    public static GreenMailExtension mailServer() {
        return new GreenMailExtension(new ServerSetup[] {
            new ServerSetup(Integer.getInteger("desk.smtp.port", 28025), "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(Integer.getInteger("desk.imap.port", 28143), "127.0.0.1", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                        .withUser("support@desk.test", "support@desk.test", "test-only-secret"));
    }

    /** The messages to the address about the ticket (by the header the application sets). */
    public static List<MimeMessage> about(GreenMailExtension smtp, String to, String ticketNumber) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                String[] ticket = m.getHeader("X-Escalation-Desk-Ticket");
                return ticket != null && ticket[0].equals(ticketNumber)
                        && Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(to));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    /** The first message to the address about the ticket whose subject contains the text, waiting up to ten seconds. */
    public static MimeMessage await(GreenMailExtension smtp, String to, String ticketNumber, String subjectPart) {
        for (int i = 0; i < 100; i++) {
            List<MimeMessage> found = about(smtp, to, ticketNumber).stream().filter(m -> subject(m).contains(subjectPart))
                    .toList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("no email \"" + subjectPart + "\" to " + to + " about " + ticketNumber);
    }

    public static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String body(MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first absolute link in the message to that page, e.g. "ticket/view.xhtml". */
    public static String link(MimeMessage m, String page) {
        Matcher found = Pattern.compile("https?://\\S*" + Pattern.quote(page) + "\\?[A-Za-z0-9._=&-]+").matcher(body(m));
        if (!found.find()) {
            throw new AssertionError("no link to " + page + " in:\n" + body(m));
        }
        return found.group();
    }
}
