package com.escalationdesk.mail;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads a MIME message as the desk needs it ({@link IncomingMail}): the sender, the recipients, the threads, the words. */
public final class IncomingMails {

    /** To and Cc, and where mail servers put the address a message was delivered to. */
    private static final List<String> RECIPIENT_HEADERS = List.of("To", "Cc", "Delivered-To", "X-Original-To", "Envelope-To");

    private IncomingMails() {
    }

    public static IncomingMail read(MimeMessage message) throws MessagingException, IOException {
        InternetAddress from = sender(message);
        Map<String, String> headers = new HashMap<>();
        for (String name : IncomingMail.CHECKED_HEADERS) {
            String value = message.getHeader(name, null);
            if (value != null) {
                headers.put(name, value);
            }
        }
        String messageId = message.getMessageID();
        List<String> ids = MailHeaders.ids(messageId);
        List<IncomingMail.Attached> attached = new ArrayList<>();
        collectFiles(message, attached, true);
        return new IncomingMail(ids.isEmpty() ? null : ids.get(0),
                MailHeaders.answered(message.getHeader("In-Reply-To", " "), message.getHeader("References", " ")),
                from == null ? null : from.getAddress(), from == null ? null : from.getPersonal(), recipients(message),
                subject(message), text(message), headers, attached);
    }

    private static InternetAddress sender(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            return from != null && from.length > 0 && from[0] instanceof InternetAddress a ? a : null;
        } catch (MessagingException e) {
            // a From that does not parse is no one the desk can answer
            return null;
        }
    }

    private static String subject(MimeMessage message) throws MessagingException {
        String subject = message.getSubject();
        return subject == null ? "" : subject.replaceAll("\\s+", " ").strip();
    }

    private static List<String> recipients(MimeMessage message) throws MessagingException {
        Set<String> all = new LinkedHashSet<>();
        for (String name : RECIPIENT_HEADERS) {
            addAll(all, message.getHeader(name));
        }
        return new ArrayList<>(all);
    }

    private static void addAll(Set<String> into, String[] values) {
        if (values == null) {
            return;
        }
        for (String value : values) {
            try {
                for (InternetAddress a : InternetAddress.parseHeader(value, false)) {
                    if (a.getAddress() != null) {
                        into.add(a.getAddress().toLowerCase(Locale.ROOT));
                    }
                }
            } catch (AddressException e) {
                // an unreadable recipient names no ticket; the others still count
            }
        }
    }

    /** The plain text of the message: its first text part, or its HTML part made text. */
    static String text(Part part) throws MessagingException, IOException {
        String plain = firstOf(part, "text/plain");
        if (plain != null) {
            return plain.replace("\r\n", "\n").strip();
        }
        String html = firstOf(part, "text/html");
        return html == null ? "" : MailText.fromHtml(html);
    }

    /**
     * The files of a part: attachments, inline parts with a file name (images in the text), and
     * forwarded emails; the text parts that are the email's own words are not files.
     */
    private static void collectFiles(Part part, List<IncomingMail.Attached> into, boolean top) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                collectFiles(multipart.getBodyPart(i), into, false);
            }
            return;
        }
        if (top) {
            return;
        }
        String name = part.getFileName();
        boolean attachment = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition());
        if (part.isMimeType("message/rfc822")) {
            java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
            if (part.getContent() instanceof jakarta.mail.Message forwarded) {
                forwarded.writeTo(bytes);
                into.add(new IncomingMail.Attached(name == null ? "forwarded-email-" + (into.size() + 1) + ".eml" : name,
                        bytes.toByteArray()));
            }
            return;
        }
        if (attachment || name != null) {
            try (java.io.InputStream in = part.getInputStream()) {
                into.add(new IncomingMail.Attached(name == null ? "attachment-" + (into.size() + 1) : name, in.readAllBytes()));
            }
        }
    }

    private static String firstOf(Part part, String type) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType(type)) {
            Object content = part.getContent();
            return content instanceof String s ? s : null;
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                String found = firstOf(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
