package com.escalationdesk.policy;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.escalation.Escalation;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.Ticket;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * "This routing was wrong": an agent's word on the policy rule that proposed an escalation's target,
 * with the ticket, waiting in the admin's policy review list until an admin answers it (and, if the
 * rule needs changing, opens a draft of the policy).
 */
@Entity
@Table(name = "routing_feedback")
public class RoutingFeedback {

    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_feedback_seq")
    @SequenceGenerator(name = "routing_feedback_seq", sequenceName = "routing_feedback_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    /** The escalation whose target the rule proposed; none for a routing at intake. */
    @ManyToOne
    @JoinColumn(name = "escalation_id")
    private Escalation escalation;

    @Column(name = "policy_version", nullable = false)
    private int policyVersion;

    @Column(name = "rule_name", nullable = false, length = 200)
    private String ruleName;

    @Column(name = "comment", nullable = false, length = MAX_TEXT)
    private String comment;

    @ManyToOne(optional = false)
    @JoinColumn(name = "raised_by", nullable = false)
    private Agent raisedBy;

    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;

    @ManyToOne
    @JoinColumn(name = "answered_by")
    private Agent answeredBy;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answer", length = MAX_TEXT)
    private String answer;

    protected RoutingFeedback() {
        // for JPA
    }

    /** About the rule that proposed this escalation's target. */
    public RoutingFeedback(Escalation escalation, String comment, Agent raisedBy, Instant at) {
        this(RuleViolation.require(escalation, "Escalation").getTicket(), escalation, escalation.getPolicyVersion(),
                escalation.getPolicyRule(), comment, raisedBy, at);
    }

    /** About the rule that routed the ticket when it was taken in. */
    public RoutingFeedback(Ticket ticket, String comment, Agent raisedBy, Instant at) {
        this(RuleViolation.require(ticket, "Ticket"), null, ticket.getIntakePolicyVersion(), ticket.getIntakeRule(),
                comment, raisedBy, at);
    }

    private RoutingFeedback(Ticket ticket, Escalation escalation, Integer version, String rule, String comment,
            Agent raisedBy, Instant at) {
        if (version == null || rule == null) {
            throw new RuleViolation("No rule of the escalation policy routed " + (escalation == null ? "this ticket at intake"
                    : "this escalation") + "; there is no routing to fault.");
        }
        this.ticket = ticket;
        this.escalation = escalation;
        this.policyVersion = version;
        this.ruleName = rule;
        this.comment = RuleViolation.requireText(comment, "What was wrong with the routing", MAX_TEXT);
        this.raisedBy = raisedBy;
        this.raisedAt = at;
    }

    public void answer(Agent admin, String text, Instant at) {
        if (answeredAt != null) {
            throw new RuleViolation("This feedback was answered already by " + answeredBy.getDisplayName() + ".");
        }
        this.answer = RuleViolation.requireText(text, "The answer", MAX_TEXT);
        this.answeredBy = admin;
        this.answeredAt = at;
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public Escalation getEscalation() {
        return escalation;
    }

    public int getPolicyVersion() {
        return policyVersion;
    }

    public String getRuleName() {
        return ruleName;
    }

    public String getComment() {
        return comment;
    }

    public Agent getRaisedBy() {
        return raisedBy;
    }

    public Instant getRaisedAt() {
        return raisedAt;
    }

    public Agent getAnsweredBy() {
        return answeredBy;
    }

    public Instant getAnsweredAt() {
        return answeredAt;
    }

    public String getAnswer() {
        return answer;
    }
}
