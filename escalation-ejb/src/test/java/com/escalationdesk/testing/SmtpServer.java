package com.escalationdesk.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * GreenMail as the real SMTP server the deployment's mail session points at, on the port that
 * session names (3025 in src/test/micro/mail.asadmin; 3125 in the PostgreSQL run, which CI runs
 * beside the H2 run). It runs inside the server, next to the in-container tests, and can be stopped
 * to see what the application does when SMTP is down.
 */
public final class SmtpServer {

    private static GreenMail server;

    private SmtpServer() {
    }

    public static synchronized void start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(sessionPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
    }

    private static int sessionPort() {
        try {
            Session session = InitialContext.doLookup("mail/escalation-desk");
            return Integer.parseInt(session.getProperty("mail.smtp.port"));
        } catch (NamingException | RuntimeException e) {
            throw new IllegalStateException("The deployment's mail session mail/escalation-desk names no SMTP port", e);
        }
    }

    public static synchronized void stop() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The messages about a ticket to an address, waiting up to ten seconds for at least {@code count}. */
    public static List<Mail> await(String ticketNumber, String to, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<Mail> found = received(ticketNumber, to);
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            sleep();
            found = received(ticketNumber, to);
        }
        return found;
    }

    /** The messages to an address whose subject starts so (mail about no ticket, such as a digest), waiting as {@link #await} does. */
    public static List<Mail> awaitSubject(String to, String subjectStart, int count) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        List<Mail> found = withSubject(to, subjectStart);
        while (found.size() < count && Instant.now().isBefore(deadline)) {
            sleep();
            found = withSubject(to, subjectStart);
        }
        return found;
    }

    private static synchronized List<Mail> withSubject(String to, String subjectStart) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).map(Mail::of)
                .filter(m -> m.subject().startsWith(subjectStart) && m.to().contains(to)).toList();
    }

    /** What has arrived so far about a ticket for an address. */
    public static synchronized List<Mail> received(String ticketNumber, String to) {
        if (server == null) {
            return List.of();
        }
        return Arrays.stream(server.getReceivedMessages()).map(Mail::of)
                .filter(m -> ticketNumber.equals(m.ticket()) && m.to().contains(to)).toList();
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A received message, decoded, with the header fields that thread it. */
    public record Mail(String from, List<String> to, String subject, String body, String ticket, String messageId,
            String inReplyTo, String references, String replyTo, String autoSubmitted) {

        static Mail of(MimeMessage m) {
            try {
                String[] ticket = m.getHeader("X-Escalation-Desk-Ticket");
                return new Mail(m.getFrom()[0].toString(), Arrays.stream(m.getAllRecipients()).map(Object::toString).toList(),
                        m.getSubject(), String.valueOf(m.getContent()), ticket == null ? null : ticket[0], m.getMessageID(),
                        m.getHeader("In-Reply-To", " "), m.getHeader("References", " "), m.getHeader("Reply-To", ","),
                        m.getHeader("Auto-Submitted", ","));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
