package com.escalationdesk.ticket;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.shared.RuleViolation;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A note an agent wrote on a ticket. Notes are never edited: a correction is another note. */
@Entity
@Table(name = "ticket_note")
public class Note {

    static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_note_seq")
    @SequenceGenerator(name = "ticket_note_seq", sequenceName = "ticket_note_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    private Agent author;

    @Enumerated(EnumType.STRING)
    @Column(name = "visibility", nullable = false, length = 20)
    private NoteVisibility visibility;

    @Column(name = "body", nullable = false, length = MAX_BODY)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Note() {
        // for JPA
    }

    Note(Ticket ticket, Agent author, NoteVisibility visibility, String body, Instant createdAt) {
        this.ticket = ticket;
        this.author = RuleViolation.require(author, "Author");
        this.visibility = RuleViolation.require(visibility, "Visibility");
        this.body = RuleViolation.requireText(body, "Note", MAX_BODY);
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    /** The body on one line, at most 200 characters, for audit summaries and notices. */
    public String summary() {
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 199) + "…";
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Agent getAuthor() {
        return author;
    }

    public NoteVisibility getVisibility() {
        return visibility;
    }

    public boolean isInternal() {
        return visibility == NoteVisibility.INTERNAL;
    }

    public String getBody() {
        return body;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
