package com.escalationdesk.mail;

import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An email waiting in the outbox. It is written in the transaction of the operation that caused it
 * and sent after that commits, so a rolled-back operation sends nothing and a failed send loses
 * nothing: the attempt is recorded and retried later, with growing pauses, until it goes or the
 * outbox gives up on it.
 */
@Entity
@Table(name = "outbound_mail")
@NamedQuery(name = OutboundMail.DUE, query = "select m.id from OutboundMail m where m.sentAt is null"
        + " and m.gaveUpAt is null and m.nextAttemptAt <= :now order by m.nextAttemptAt, m.id")
@NamedQuery(name = OutboundMail.TO, query = "select m from OutboundMail m where m.toAddress = :address"
        + " order by m.createdAt, m.id")
@NamedQuery(name = OutboundMail.WITH_IDS, query = "select m from OutboundMail m where m.messageId in :ids and m.ticketNumber is not null")
public class OutboundMail {

    public static final String DUE = "OutboundMail.due";
    public static final String TO = "OutboundMail.to";
    public static final String WITH_IDS = "OutboundMail.withIds";
    /** After this many failed attempts (about four hours of trying) the mail is given up and logged. */
    public static final int MAX_ATTEMPTS = 8;
    /** How long a claimed mail is left to its sender before another sweep may try it. */
    static final Duration CLAIM = Duration.ofMinutes(5);
    private static final Duration LONGEST_PAUSE = Duration.ofHours(1);
    private static final int MAX_BODY = 20_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outbound_mail_seq")
    @SequenceGenerator(name = "outbound_mail_seq", sequenceName = "outbound_mail_seq", allocationSize = 50)
    private Long id;

    @Column(name = "to_address", nullable = false, length = 254)
    private String toAddress;

    @Column(name = "subject", nullable = false, length = 200)
    private String subject;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "ticket_number", length = 20)
    private String ticketNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "gave_up_at")
    private Instant gaveUpAt;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "sla_clock_id")
    private Long warningOfClock;

    @Column(name = "message_id", length = 300)
    private String messageId;

    @Column(name = "in_reply_to", length = 500)
    private String inReplyTo;

    @Column(name = "thread_refs", length = 2000)
    private String references;

    @Column(name = "reply_to", length = 254)
    private String replyTo;

    @Column(name = "automatic", nullable = false)
    private boolean automatic;

    @Version
    @Column(name = "version")
    private long version;

    protected OutboundMail() {
        // for JPA
    }

    public OutboundMail(String toAddress, String subject, String body, String ticketNumber, Instant now, Instant sendAt) {
        this.toAddress = RuleViolation.requireText(toAddress, "The recipient's address", 254);
        String line = RuleViolation.requireText(subject, "The subject", 10_000).replaceAll("\\s+", " ");
        this.subject = line.length() <= 200 ? line : line.substring(0, 199) + "…";
        String text = RuleViolation.requireText(body, "The message", Integer.MAX_VALUE);
        this.body = text.length() <= MAX_BODY ? text : text.substring(0, MAX_BODY - 1) + "…";
        this.ticketNumber = ticketNumber;
        this.createdAt = now.truncatedTo(ChronoUnit.MILLIS);
        this.nextAttemptAt = (sendAt.isBefore(now) ? now : sendAt).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * A sender takes the mail for one attempt; until the claim runs out no other sweep picks it up.
     * False when it has gone, been given up, or is not due yet.
     */
    public boolean claim(Instant now) {
        if (sentAt != null || gaveUpAt != null || nextAttemptAt.isAfter(now)) {
            return false;
        }
        attempts++;
        nextAttemptAt = now.plus(CLAIM).truncatedTo(ChronoUnit.MILLIS);
        return true;
    }

    public void sent(Instant now) {
        sentAt = now.truncatedTo(ChronoUnit.MILLIS);
        lastError = null;
    }

    /** Records a failed attempt: tried again after 1, 2, 4 … minutes (at most an hour), or given up. */
    public void failed(Instant now, String error) {
        String reason = error == null || error.isBlank() ? "unknown error" : error.strip();
        lastError = reason.length() <= 500 ? reason : reason.substring(0, 499) + "…";
        if (attempts >= MAX_ATTEMPTS) {
            gaveUpAt = now.truncatedTo(ChronoUnit.MILLIS);
            return;
        }
        Duration pause = Duration.ofMinutes(1L << Math.min(attempts - 1, 10));
        nextAttemptAt = now.plus(pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause).truncatedTo(ChronoUnit.MILLIS);
    }

    /** A service-level warning: worth sending only while that clock still runs. */
    public OutboundMail warningOf(Long slaClockId) {
        this.warningOfClock = slaClockId;
        return this;
    }

    /** Not sent after all, and never tried again: what it was about no longer holds. */
    public void withdraw(Instant now, String why) {
        gaveUpAt = now.truncatedTo(ChronoUnit.MILLIS);
        lastError = why;
    }

    /** How the email is threaded and answered (see {@link OutboundHeaders}). */
    public OutboundMail withHeaders(OutboundHeaders headers) {
        this.messageId = headers.messageId();
        this.inReplyTo = headers.inReplyTo();
        this.references = headers.references() == null || headers.references().length() <= 2000 ? headers.references()
                : headers.references().substring(headers.references().length() - 2000).replaceFirst("^[^<]*", "");
        this.replyTo = headers.replyTo();
        this.automatic = headers.automatic();
        return this;
    }

    public OutboundHeaders headers() {
        return new OutboundHeaders(messageId, inReplyTo, references, replyTo, automatic);
    }

    public String getMessageId() {
        return messageId;
    }

    public Long getWarningOfClock() {
        return warningOfClock;
    }

    public Long getId() {
        return id;
    }

    public String getToAddress() {
        return toAddress;
    }

    public String getSubject() {
        return subject;
    }

    public String getBody() {
        return body;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getGaveUpAt() {
        return gaveUpAt;
    }

    public String getLastError() {
        return lastError;
    }
}
