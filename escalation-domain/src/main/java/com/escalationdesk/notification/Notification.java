package com.escalationdesk.notification;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.shared.NotFound;
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
import java.time.Instant;

/** A message in someone's notification centre, about one ticket; read once they mark it so. */
@Entity
@Table(name = "notification")
@NamedQuery(name = Notification.FOR_RECIPIENT, query = "select n from Notification n where n.recipient = :recipient"
        + " order by n.createdAt desc, n.id desc")
@NamedQuery(name = Notification.UNREAD_COUNT, query = "select count(n) from Notification n"
        + " where n.recipient = :recipient and n.readAt is null")
@NamedQuery(name = Notification.UNREAD, query = "select n from Notification n"
        + " where n.recipient = :recipient and n.readAt is null")
public class Notification {

    public static final String FOR_RECIPIENT = "Notification.forRecipient";
    public static final String UNREAD_COUNT = "Notification.unreadCount";
    public static final String UNREAD = "Notification.unread";
    private static final int MAX_MESSAGE = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_seq")
    @SequenceGenerator(name = "notification_seq", sequenceName = "notification_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "recipient_id", nullable = false)
    private Agent recipient;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private NotificationKind kind;

    @Column(name = "ticket_number", length = 20)
    private String ticketNumber;

    @Column(name = "message", nullable = false, length = MAX_MESSAGE)
    private String message;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
        // for JPA
    }

    public Notification(Agent recipient, NotificationKind kind, String ticketNumber, String message, Instant now) {
        this.recipient = recipient;
        this.kind = kind;
        this.ticketNumber = ticketNumber;
        this.message = message.length() <= MAX_MESSAGE ? message : message.substring(0, MAX_MESSAGE - 1) + "…";
        this.createdAt = now;
    }

    /** Marks it read; only its recipient may, and others are told it does not exist. */
    public void markReadBy(Agent reader, Instant now) {
        if (!recipient.sameAs(reader)) {
            throw new NotFound("There is no such notification.");
        }
        if (readAt == null) {
            readAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public Agent getRecipient() {
        return recipient;
    }

    public NotificationKind getKind() {
        return kind;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getMessage() {
        return message;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getReadAt() {
        return readAt;
    }
}
