package com.escalationdesk.integration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * One event on its way to one webhook: written in the transaction of the step it tells of, sent
 * after that commits, and tried again with growing pauses (5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 10 h,
 * as the Standard Webhooks guidance has it) until the receiver answers 2xx or the desk gives up. Its
 * message id stays the same on every attempt and redelivery, so a receiver can drop what it has had.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = WebhookDelivery.DUE, query = "select d.id from WebhookDelivery d where d.deliveredAt is null"
        + " and d.gaveUpAt is null and d.nextAttemptAt <= :now and d.webhook.active = true order by d.nextAttemptAt, d.id")
@NamedQuery(name = WebhookDelivery.NEWEST, query = "select d from WebhookDelivery d join fetch d.webhook order by d.id desc")
@NamedQuery(name = WebhookDelivery.NEWEST_OF, query = "select d from WebhookDelivery d join fetch d.webhook"
        + " where d.webhook.id = :webhook order by d.id desc")
public class WebhookDelivery {

    public static final String DUE = "WebhookDelivery.due";
    public static final String NEWEST = "WebhookDelivery.newest";
    public static final String NEWEST_OF = "WebhookDelivery.newestOf";
    /** The pause after each failed attempt; after the last, the desk gives up. */
    static final List<Duration> PAUSES = List.of(Duration.ofSeconds(5), Duration.ofMinutes(5), Duration.ofMinutes(30),
            Duration.ofHours(2), Duration.ofHours(5), Duration.ofHours(10), Duration.ofHours(10));
    public static final int MAX_ATTEMPTS = PAUSES.size() + 1;
    /** How long a claimed delivery is left to its sender before another sweep may try it. */
    static final Duration CLAIM = Duration.ofMinutes(2);
    public static final int MAX_PAYLOAD = 200_000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_delivery_seq")
    @SequenceGenerator(name = "webhook_delivery_seq", sequenceName = "webhook_delivery_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "webhook_id", nullable = false)
    private Webhook webhook;

    @Enumerated(EnumType.STRING)
    @Column(name = "event", nullable = false, length = 40)
    private WebhookEvent event;

    @Column(name = "message_id", nullable = false, length = 40, unique = true)
    private String messageId;

    @Column(name = "payload", nullable = false, length = MAX_PAYLOAD)
    private String payload;

    @Column(name = "ticket_number", length = 20)
    private String ticketNumber;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_attempt_at")
    private Instant lastAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "gave_up_at")
    private Instant gaveUpAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected WebhookDelivery() {
        // for JPA
    }

    public WebhookDelivery(Webhook webhook, WebhookEvent event, String payload, String ticketNumber, Instant now) {
        this.webhook = webhook;
        this.event = event;
        this.messageId = "msg_" + UUID.randomUUID().toString().replace("-", "");
        if (payload.length() > MAX_PAYLOAD) {
            throw new IllegalArgumentException("A webhook payload of " + payload.length() + " characters");
        }
        this.payload = payload;
        this.ticketNumber = ticketNumber;
        this.createdAt = now;
        this.nextAttemptAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A sender takes the delivery for one attempt; until the claim runs out no other sweep picks it up. */
    public boolean claim(Instant now) {
        // a paused webhook's deliveries wait for it to resume
        if (deliveredAt != null || gaveUpAt != null || nextAttemptAt.isAfter(now) || !webhook.isActive()) {
            return false;
        }
        attempts++;
        lastAttemptAt = now;
        nextAttemptAt = now.plus(CLAIM).truncatedTo(ChronoUnit.MILLIS);
        return true;
    }

    public void delivered(Instant now, int status) {
        deliveredAt = now;
        lastStatus = status;
        lastError = null;
    }

    /**
     * A failed attempt: the receiver's status (null when none answered) and what went wrong. Tried again
     * after the next pause, unless this was the last attempt or the failure is {@code permanent}.
     */
    public void failed(Instant now, Integer status, String error, boolean permanent) {
        lastStatus = status;
        lastError = error == null ? null : error.length() <= 500 ? error : error.substring(0, 499) + "…";
        if (permanent || attempts >= MAX_ATTEMPTS) {
            gaveUpAt = now;
            return;
        }
        nextAttemptAt = now.plus(PAUSES.get(Math.min(attempts, PAUSES.size()) - 1)).truncatedTo(ChronoUnit.MILLIS);
    }

    /** An admin sends it again now, from a fresh round of attempts, with the same message id. */
    public void redeliver(Instant now) {
        deliveredAt = null;
        gaveUpAt = null;
        attempts = 0;
        nextAttemptAt = now.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Where it stands, in words: Delivered, Given up, Retrying or Pending. */
    public String state() {
        if (deliveredAt != null) {
            return "Delivered";
        }
        if (gaveUpAt != null) {
            return "Given up";
        }
        return attempts > 0 ? "Retrying" : "Pending";
    }

    public Long getId() {
        return id;
    }

    public Webhook getWebhook() {
        return webhook;
    }

    public WebhookEvent getEvent() {
        return event;
    }

    public String getMessageId() {
        return messageId;
    }

    public String getPayload() {
        return payload;
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

    public Instant getLastAttemptAt() {
        return lastAttemptAt;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getDeliveredAt() {
        return deliveredAt;
    }

    public Instant getGaveUpAt() {
        return gaveUpAt;
    }
}
