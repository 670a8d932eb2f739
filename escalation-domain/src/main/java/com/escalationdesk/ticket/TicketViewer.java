package com.escalationdesk.ticket;

import com.escalationdesk.directory.Agent;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** Someone with a ticket's page open, as of the last beat their page sent. */
@Entity
@Table(name = "ticket_viewer")
@NamedQuery(name = TicketViewer.SEEN, query = "update TicketViewer v set v.seenAt = :now, v.writingAt = null"
        + " where v.ticket = :ticket and v.agent = :agent")
// a null bound to the update would reach PostgreSQL as text: the two beats are two statements
@NamedQuery(name = TicketViewer.SEEN_WRITING, query = "update TicketViewer v set v.seenAt = :now, v.writingAt = :now"
        + " where v.ticket = :ticket and v.agent = :agent")
@NamedQuery(name = TicketViewer.OTHERS_SINCE, query = "select v from TicketViewer v where v.ticket = :ticket"
        + " and v.agent <> :agent and v.seenAt >= :since order by v.seenAt desc")
@NamedQuery(name = TicketViewer.FORGET_BEFORE, query = "delete from TicketViewer v where v.ticket = :ticket and v.seenAt < :before")
public class TicketViewer {

    public static final String SEEN = "TicketViewer.seen";
    public static final String SEEN_WRITING = "TicketViewer.seenWriting";
    public static final String OTHERS_SINCE = "TicketViewer.othersSince";
    public static final String FORGET_BEFORE = "TicketViewer.forgetBefore";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_viewer_seq")
    @SequenceGenerator(name = "ticket_viewer_seq", sequenceName = "ticket_viewer_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agent_id", nullable = false)
    private Agent agent;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    /** The beat that said its page was being written in (a reply or a note), or null. */
    @Column(name = "writing_at")
    private Instant writingAt;

    protected TicketViewer() {
        // for JPA
    }

    public TicketViewer(Ticket ticket, Agent agent, Instant now, boolean writing) {
        this.ticket = ticket;
        this.agent = agent;
        this.seenAt = now;
        this.writingAt = writing ? now : null;
    }

    /** Whether the page said, at a beat since {@code since}, that it was being written in. */
    public boolean writingSince(Instant since) {
        return writingAt != null && !writingAt.isBefore(since);
    }

    public Agent getAgent() {
        return agent;
    }

    public Instant getSeenAt() {
        return seenAt;
    }
}
