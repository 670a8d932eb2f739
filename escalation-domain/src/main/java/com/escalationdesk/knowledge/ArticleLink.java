package com.escalationdesk.knowledge;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketStatus;
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

/**
 * An article used on a ticket (KCS "reuse"). When the ticket is resolved the link records whether
 * the article solved it, and whether that counts as an escalation avoided: resolved at the first
 * tier, never escalated, with an article that came from an escalated case. A reopen takes both back
 * until the next resolution.
 */
@Entity
@Table(name = "kb_article_link")
@NamedQuery(name = ArticleLink.OF_TICKET, query = "SELECT l FROM ArticleLink l JOIN FETCH l.article WHERE l.ticket = :ticket ORDER BY l.linkedAt")
public class ArticleLink {

    public static final String OF_TICKET = "ArticleLink.ofTicket";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "kb_article_link_seq")
    @SequenceGenerator(name = "kb_article_link_seq", sequenceName = "kb_article_link_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "article_id", nullable = false)
    private Article article;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @ManyToOne(optional = false)
    @JoinColumn(name = "linked_by", nullable = false)
    private Agent linkedBy;

    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;

    @Column(name = "solved", nullable = false)
    private boolean solved;

    @Column(name = "escalation_avoided", nullable = false)
    private boolean escalationAvoided;

    protected ArticleLink() {
        // for JPA
    }

    /** A link to a ticket resolved already (an article captured after the fact) counts at once. */
    public ArticleLink(Article article, Ticket ticket, Agent linkedBy, Instant linkedAt) {
        this.article = article;
        this.ticket = ticket;
        this.linkedBy = linkedBy;
        this.linkedAt = linkedAt;
        if (ticket.getStatus() == TicketStatus.RESOLVED || ticket.getStatus() == TicketStatus.CLOSED) {
            ticketResolved(resolvedAtFirstTierWithoutEscalation(ticket));
        }
    }

    /** Resolved by the first tier without ever being handed on: the case an article can spare an escalation. */
    public static boolean resolvedAtFirstTierWithoutEscalation(Ticket ticket) {
        return ticket.getEscalations().isEmpty() && ticket.getTeam().getTier().level() == 1;
    }

    /**
     * The ticket was resolved with this article linked. {@code firstTierWithoutEscalation}: resolved
     * by the first tier and never handed on. Returns whether an escalation was avoided.
     */
    public boolean ticketResolved(boolean firstTierWithoutEscalation) {
        solved = true;
        escalationAvoided = firstTierWithoutEscalation && article.isFromEscalation();
        return escalationAvoided;
    }

    public void ticketReopened() {
        solved = false;
        escalationAvoided = false;
    }

    public Article getArticle() {
        return article;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Agent getLinkedBy() {
        return linkedBy;
    }

    public Instant getLinkedAt() {
        return linkedAt;
    }

    public boolean isSolved() {
        return solved;
    }

    public boolean isEscalationAvoided() {
        return escalationAvoided;
    }
}
