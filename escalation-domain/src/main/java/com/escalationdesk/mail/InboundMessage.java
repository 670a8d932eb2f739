package com.escalationdesk.mail;

import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.Sha256;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An email the desk read from a mailbox, and what became of it. Its key (its {@code Message-ID}, or
 * the digest of the whole message when it has none) is unique: written in the transaction that
 * takes the email in, it lets one server only take in each email, however many read the mailbox.
 */
@Entity
@Table(name = "inbound_message")
@NamedQuery(name = InboundMessage.BY_KEY, query = "select m from InboundMessage m where m.dedupeKey = :key")
@NamedQuery(name = InboundMessage.TICKET_OF, query = "select m.ticketNumber from InboundMessage m"
        + " where m.messageId in :ids and m.ticketNumber is not null")
@NamedQuery(name = InboundMessage.FIRST_OF_TICKET, query = "select m.messageId from InboundMessage m"
        + " where m.ticketNumber = :number and m.messageId is not null order by m.receivedAt, m.id")
@NamedQuery(name = InboundMessage.OPENED_FROM, query = "select count(m) from InboundMessage m where m.fromAddress = :address"
        + " and m.receivedAt >= :since and m.outcome in (com.escalationdesk.mail.InboundOutcome.NEW_TICKET,"
        + " com.escalationdesk.mail.InboundOutcome.FOLLOW_UP_TICKET)")
public class InboundMessage {

    public static final String BY_KEY = "InboundMessage.byKey";
    public static final String TICKET_OF = "InboundMessage.ticketOf";
    public static final String FIRST_OF_TICKET = "InboundMessage.firstOfTicket";
    public static final String OPENED_FROM = "InboundMessage.openedFrom";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inbound_message_seq")
    @SequenceGenerator(name = "inbound_message_seq", sequenceName = "inbound_message_seq", allocationSize = 20)
    private Long id;

    @Column(name = "dedupe_key", nullable = false, unique = true, length = 80)
    private String dedupeKey;

    @Column(name = "message_id", length = 500)
    private String messageId;

    @Column(name = "mailbox", nullable = false, length = 100)
    private String mailbox;

    @Column(name = "from_address", length = 254)
    private String fromAddress;

    @Column(name = "subject", length = 200)
    private String subject;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false, length = 30)
    private InboundOutcome outcome;

    @Column(name = "ticket_number", length = 20)
    private String ticketNumber;

    @Column(name = "detail", length = 500)
    private String detail;

    protected InboundMessage() {
        // for JPA
    }

    public InboundMessage(String dedupeKey, String messageId, String mailbox, String fromAddress, String subject, Instant now) {
        this.dedupeKey = RuleViolation.requireText(dedupeKey, "The email's key", 80);
        this.messageId = messageId == null ? null : cut(messageId, 500);
        this.mailbox = RuleViolation.requireText(mailbox, "The mailbox", 100);
        this.fromAddress = fromAddress == null ? null : cut(fromAddress, 254);
        this.subject = subject == null ? null : cut(subject.replaceAll("\\s+", " ").strip(), 200);
        this.receivedAt = now.truncatedTo(ChronoUnit.MILLIS);
        this.outcome = InboundOutcome.FAILED;
    }

    /**
     * The key that makes an email once: its {@code Message-ID} (the same email sent to two of the
     * desk's mailboxes is one), or else the digest of its whole content.
     */
    public static String keyOf(String messageId, byte[] wholeMessage) {
        return messageId != null && !messageId.isBlank() ? "id:" + Sha256.hex(messageId.strip().getBytes(StandardCharsets.UTF_8))
                : "raw:" + Sha256.hex(wholeMessage);
    }

    public void tookIn(InboundOutcome what, String ticket, String why) {
        this.outcome = what;
        this.ticketNumber = ticket;
        this.detail = why == null ? null : cut(why, 500);
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public String getDedupeKey() {
        return dedupeKey;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getMailbox() {
        return mailbox;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public String getSubject() {
        return subject;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }

    public InboundOutcome getOutcome() {
        return outcome;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getDetail() {
        return detail;
    }
}
