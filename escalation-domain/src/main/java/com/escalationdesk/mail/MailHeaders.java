package com.escalationdesk.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the desk's emails are threaded, and how an answer finds its ticket again: each email the desk
 * sends has a {@code Message-ID} of its own and names the ticket's thread (a fixed id per ticket,
 * and the customer's own first email when the ticket came by email) in {@code References}, so mail
 * clients show one conversation; its reply address carries the ticket number after a plus
 * ({@code support+ESC-10001@example.com}), which mail servers deliver to the desk's mailbox.
 */
public final class MailHeaders {

    /** Names the ticket an email of the desk is about; an email that comes back with it is the desk's own. */
    public static final String TICKET = "X-Escalation-Desk-Ticket";
    private static final Pattern NUMBER = Pattern.compile("\\b(ESC-\\d{1,12})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("<([^<>\\s]+)>");
    private static final int MAX_REFERENCES = 20;

    private MailHeaders() {
    }

    /** The domain of the desk's address, for the ids of its messages. */
    public static String domainOf(String address) {
        int at = address == null ? -1 : address.lastIndexOf('@');
        String domain = at < 0 ? "" : address.substring(at + 1).strip().toLowerCase(Locale.ROOT);
        return domain.isEmpty() ? "escalation-desk.invalid" : domain;
    }

    /** A new, unguessable id for one email of the desk (without angle brackets). */
    public static String newMessageId(String ticketNumber, String domain) {
        return (ticketNumber == null ? "desk" : ticketNumber) + "." + UUID.randomUUID() + "@" + domain;
    }

    /** The ticket's thread: an id no email has, named by all of the ticket's emails. */
    public static String threadOf(String ticketNumber, String domain) {
        return ticketNumber + "@" + domain;
    }

    /** The ticket a thread id names, when it is one of the desk's on this domain. */
    public static Optional<String> ticketOfThread(String id, String domain) {
        String suffix = "@" + domain;
        if (id == null || !id.toLowerCase(Locale.ROOT).endsWith(suffix)) {
            return Optional.empty();
        }
        String local = id.substring(0, id.length() - suffix.length());
        return NUMBER.matcher(local).matches() ? Optional.of(local.toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** The address an answer about the ticket goes to: the desk's, with the ticket after a plus. */
    public static String replyAddress(String deskAddress, String ticketNumber) {
        int at = deskAddress.lastIndexOf('@');
        if (at <= 0) {
            return deskAddress;
        }
        String local = deskAddress.substring(0, at);
        int plus = local.indexOf('+');
        return (plus < 0 ? local : local.substring(0, plus)) + "+" + ticketNumber + deskAddress.substring(at);
    }

    /** The ticket named after a plus in one of the recipients, when that recipient is the desk's address. */
    public static Optional<String> ticketOfRecipients(List<String> recipients, List<String> deskAddresses) {
        for (String recipient : recipients) {
            int at = recipient.lastIndexOf('@');
            int plus = recipient.indexOf('+');
            if (at < 0 || plus < 0 || plus > at) {
                continue;
            }
            String base = (recipient.substring(0, plus) + recipient.substring(at)).toLowerCase(Locale.ROOT);
            Matcher tag = NUMBER.matcher(recipient.substring(plus + 1, at));
            if (deskAddresses.stream().anyMatch(a -> a.equalsIgnoreCase(base)) && tag.matches()) {
                return Optional.of(tag.group(1).toUpperCase(Locale.ROOT));
            }
        }
        return Optional.empty();
    }

    /** The ticket number in a subject ("Re: [ESC-10001] Refund"), the first one. */
    public static Optional<String> ticketOfSubject(String subject) {
        if (subject == null) {
            return Optional.empty();
        }
        Matcher m = NUMBER.matcher(subject);
        return m.find() ? Optional.of(m.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }

    /** The ids in a header such as {@code References}, in their order, without angle brackets. */
    public static List<String> ids(String header) {
        List<String> ids = new ArrayList<>();
        if (header != null) {
            Matcher m = ID.matcher(header);
            while (m.find()) {
                ids.add(m.group(1));
            }
        }
        return ids;
    }

    /** What an email answers, the most recent first: its {@code In-Reply-To}, then its {@code References} from the last. */
    public static List<String> answered(String inReplyTo, String references) {
        List<String> answered = new ArrayList<>(ids(inReplyTo));
        List<String> referenced = ids(references);
        for (int i = referenced.size() - 1; i >= 0; i--) {
            if (!answered.contains(referenced.get(i))) {
                answered.add(referenced.get(i));
            }
        }
        return answered.size() <= MAX_REFERENCES ? answered : answered.subList(0, MAX_REFERENCES);
    }

    /** A {@code References} value: the ids, oldest first, each in angle brackets. */
    public static String references(List<String> ids) {
        return String.join(" ", ids.stream().distinct().map(id -> "<" + id + ">").toList());
    }
}
