package com.escalationdesk.exacerbation;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.Ticket;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A case made worse, detected when it happened: the rule that fired (once per ticket and rule),
 * what made it fire, and the manager's review: the root cause, the action taken, and where it
 * leads (a knowledge article, a policy draft, a coaching note).
 */
@Entity
@Table(name = "exacerbation")
public class Exacerbation {

    public static final int MAX_TEXT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "exacerbation_seq")
    @SequenceGenerator(name = "exacerbation_seq", sequenceName = "exacerbation_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_fired", nullable = false, length = 40)
    private ExacerbationRule rule;

    @Column(name = "detail", nullable = false, length = MAX_TEXT)
    private String detail;

    @Column(name = "detected_at", nullable = false)
    private Instant detectedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "root_cause", length = 30)
    private RootCause rootCause;

    @Column(name = "action_taken", length = MAX_TEXT)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", length = 30)
    private ReviewOutcome outcome;

    /** The article or policy the outcome names, where it names one. */
    @Column(name = "outcome_reference", length = 200)
    private String outcomeReference;

    @ManyToOne
    @JoinColumn(name = "reviewed_by")
    private Agent reviewedBy;

    @Column(name = "reviewed_at")
    private Instant reviewedAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Version
    @Column(name = "version")
    private long version;

    protected Exacerbation() {
        // for JPA
    }

    public Exacerbation(Ticket ticket, ExacerbationRule rule, String detail, Instant detectedAt) {
        this.ticket = RuleViolation.require(ticket, "Ticket");
        this.rule = RuleViolation.require(rule, "Rule");
        String text = detail == null || detail.isBlank() ? rule.description() : detail.strip();
        this.detail = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT - 1) + "…" : text;
        this.detectedAt = detectedAt;
    }

    /** The manager's review; once recorded it stands (a second review is refused, naming the first). */
    public void review(Agent manager, RootCause cause, String actionTaken, ReviewOutcome leadsTo, String reference,
            Instant at) {
        if (reviewedAt != null) {
            throw new RuleViolation("This exacerbation was reviewed already by " + reviewedBy.getDisplayName() + ".");
        }
        this.rootCause = RuleViolation.require(cause, "The root cause");
        this.action = RuleViolation.requireText(actionTaken, "The action taken", MAX_TEXT);
        this.outcome = RuleViolation.require(leadsTo, "Where the review leads");
        this.outcomeReference = reference == null || reference.isBlank() ? null
                : RuleViolation.requireText(reference, "The reference", 200);
        this.reviewedBy = manager;
        this.reviewedAt = at;
    }

    public void reminded(Instant at) {
        this.remindedAt = at;
    }

    public boolean isReviewed() {
        return reviewedAt != null;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("rule", rule.name());
        s.put("detail", detail);
        s.put("rootCause", rootCause == null ? null : rootCause.name());
        s.put("action", action);
        s.put("outcome", outcome == null ? null : outcome.name());
        s.put("reference", outcomeReference);
        return s;
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public ExacerbationRule getRule() {
        return rule;
    }

    public String getDetail() {
        return detail;
    }

    public Instant getDetectedAt() {
        return detectedAt;
    }

    public RootCause getRootCause() {
        return rootCause;
    }

    public String getAction() {
        return action;
    }

    public ReviewOutcome getOutcome() {
        return outcome;
    }

    public String getOutcomeReference() {
        return outcomeReference;
    }

    public Agent getReviewedBy() {
        return reviewedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public Instant getRemindedAt() {
        return remindedAt;
    }
}
