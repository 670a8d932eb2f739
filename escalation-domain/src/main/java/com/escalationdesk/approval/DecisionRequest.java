package com.escalationdesk.approval;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.shared.AccessRefused;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.Ticket;
import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A hierarchical escalation: a decision on a ticket (a refund, a credit, an exception) that needs
 * authority. It climbs its approval chain one level at a time; any level can reject it. Its own
 * version guards against two approvers deciding the same step at once.
 */
@Entity
@Table(name = "decision_request")
@NamedQuery(name = DecisionRequest.PENDING, query = "select d from DecisionRequest d"
        + " where d.state = com.escalationdesk.approval.DecisionState.PENDING order by d.requestedAt")
@NamedQuery(name = DecisionRequest.PENDING_FOR_TICKET, query = "select d from DecisionRequest d where d.ticket = :ticket"
        + " and d.state = com.escalationdesk.approval.DecisionState.PENDING order by d.requestedAt")
@NamedQuery(name = DecisionRequest.FOR_TICKET, query = "select d from DecisionRequest d where d.ticket = :ticket"
        + " order by d.requestedAt")
public class DecisionRequest {

    public static final String PENDING = "DecisionRequest.pending";
    public static final String FOR_TICKET = "DecisionRequest.forTicket";
    public static final String PENDING_FOR_TICKET = "DecisionRequest.pendingForTicket";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_request_seq")
    @SequenceGenerator(name = "decision_request_seq", sequenceName = "decision_request_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @ManyToOne(optional = false)
    @JoinColumn(name = "kind_id", nullable = false)
    private DecisionKind kind;

    @Column(name = "amount", precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    @Column(name = "justification", nullable = false, length = 2000)
    private String justification;

    @ManyToOne(optional = false)
    @JoinColumn(name = "requested_by_id", nullable = false)
    private Agent requestedBy;

    /** The levels that must approve, in order, comma-separated; empty when the requester decided alone. */
    @Column(name = "approval_chain", nullable = false, length = 100)
    private String chain;

    @Column(name = "next_step", nullable = false)
    private int nextStep;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 30)
    private DecisionState state;

    @OneToMany(mappedBy = "request", cascade = CascadeType.PERSIST)
    @OrderBy("decidedAt, id")
    private List<ApprovalStep> steps = new ArrayList<>();

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "withdrawn_reason", length = 4000)
    private String withdrawnReason;

    @Column(name = "policy_version")
    private Integer policyVersion;

    @Column(name = "policy_rule", length = 100)
    private String policyRule;

    @Version
    @Column(name = "version")
    private long version;

    protected DecisionRequest() {
        // for JPA
    }

    /**
     * A request for a decision; with an empty chain the requester's own authority covers it and it
     * is decided at once (and recorded as such).
     */
    public DecisionRequest(Ticket ticket, DecisionKind kind, Money money, String justification, Agent requester,
            List<AuthorityLevel> chain, Instant now) {
        this.ticket = RuleViolation.require(ticket, "Ticket");
        this.kind = RuleViolation.require(kind, "Kind of decision");
        if (kind.isMonetary() && money == null) {
            throw new RuleViolation("A " + kind.getLabel().toLowerCase() + " needs an amount.");
        }
        this.amount = money == null ? null : money.amount();
        this.currency = money == null ? null : money.currency();
        this.justification = RuleViolation.requireText(justification, "A justification", 2000);
        this.requestedBy = RuleViolation.require(requester, "Requester");
        this.chain = chain.stream().map(Enum::name).collect(Collectors.joining(","));
        this.state = chain.isEmpty() ? DecisionState.DECIDED_WITHIN_AUTHORITY : DecisionState.PENDING;
        this.requestedAt = now;
        this.decidedAt = chain.isEmpty() ? now : null;
    }

    /** The current level approves; after the last level the decision is approved. */
    public void approve(Agent approver, String note, Instant now) {
        approve(approver, null, note, now);
    }

    /** Approves, possibly as the delegate of an approver who is away ({@code onBehalfOf}); both names are kept. */
    public void approve(Agent approver, Agent onBehalfOf, String note, Instant now) {
        AuthorityLevel level = requireEligible(approver, onBehalfOf);
        steps.add(new ApprovalStep(this, level, approver, onBehalfOf, true,
                note == null || note.isBlank() ? null : note.strip(), now));
        nextStep++;
        if (nextStep == chain().size()) {
            state = DecisionState.APPROVED;
            decidedAt = now;
        }
    }

    public void reject(Agent approver, String note, Instant now) {
        reject(approver, null, note, now);
    }

    public void reject(Agent approver, Agent onBehalfOf, String note, Instant now) {
        String why = RuleViolation.requireText(note, "A reason for rejecting", 2000);
        AuthorityLevel level = requireEligible(approver, onBehalfOf);
        steps.add(new ApprovalStep(this, level, approver, onBehalfOf, false, why, now));
        state = DecisionState.REJECTED;
        decidedAt = now;
    }

    /**
     * Ends a request still waiting for approval because its ticket was resolved without it; the
     * reason (the resolution) stays with it, and nobody can decide it any more.
     */
    public void withdraw(String reason, Instant now) {
        if (state != DecisionState.PENDING) {
            throw new RuleViolation("This request was already " + state.label().toLowerCase() + ".");
        }
        this.withdrawnReason = RuleViolation.requireText(reason, "A reason for withdrawing", 4000);
        state = DecisionState.WITHDRAWN;
        decidedAt = now;
    }

    /** Whether this person may decide the current step: high enough, and neither the requester nor anyone who worked the ticket. */
    public boolean mayBeDecidedBy(Agent approver) {
        return mayBeDecidedBy(approver, null);
    }

    /** Whether the approver, acting in their own name or on behalf of {@code onBehalfOf}, may decide the current step. */
    public boolean mayBeDecidedBy(Agent approver, Agent onBehalfOf) {
        return state == DecisionState.PENDING && refusalFor(approver, onBehalfOf) == null;
    }

    private AuthorityLevel requireEligible(Agent approver, Agent onBehalfOf) {
        if (state != DecisionState.PENDING) {
            throw new RuleViolation("This request was already " + state.label().toLowerCase() + ".");
        }
        String refusal = refusalFor(approver, onBehalfOf);
        if (refusal != null) {
            throw new AccessRefused(refusal);
        }
        return currentLevel();
    }

    /**
     * Why this person may not decide the current step, or null. A delegate acts with the authority of
     * the approver who is away, and the rules hold for both of them.
     */
    private String refusalFor(Agent approver, Agent onBehalfOf) {
        if (approver.sameAs(requestedBy) || requestedBy.sameAs(onBehalfOf)) {
            return "Nobody approves their own request.";
        }
        Agent authority = onBehalfOf == null ? approver : onBehalfOf;
        AuthorityLevel level = authority.getApprovalLevel();
        if (level == null || !level.atLeast(currentLevel())) {
            return "This step needs a " + currentLevel().label().toLowerCase() + " or above.";
        }
        if (ticket.workedBy(approver) || (onBehalfOf != null && ticket.workedBy(onBehalfOf))) {
            return "You worked ticket " + ticket.getNumber() + "; someone who did not must decide.";
        }
        if (steps.stream().anyMatch(s -> approver.sameAs(s.getApprover()) || approver.sameAs(s.getOnBehalfOf())
                || (onBehalfOf != null && (onBehalfOf.sameAs(s.getApprover()) || onBehalfOf.sameAs(s.getOnBehalfOf()))))) {
            return "You already approved an earlier step; the next level needs another person.";
        }
        return null;
    }

    public List<AuthorityLevel> chain() {
        return chain.isEmpty() ? List.of()
                : Arrays.stream(chain.split(",")).map(AuthorityLevel::valueOf).toList();
    }

    public AuthorityLevel currentLevel() {
        return state == DecisionState.PENDING ? chain().get(nextStep) : null;
    }

    /** Records the escalation policy version and rule that applied when the request was made. */
    public void governedBy(int version, String rule) {
        this.policyVersion = version;
        this.policyRule = rule;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("decision.kind", kind.getCode());
        s.put("decision.amount", getMoney() == null ? null : getMoney().toString());
        s.put("decision.state", state);
        s.put("decision.chain", chain);
        s.put("decision.nextLevel", currentLevel());
        if (withdrawnReason != null) {
            s.put("decision.withdrawnReason", withdrawnReason);
        }
        if (policyVersion != null) {
            s.put("decision.policyVersion", policyVersion);
            s.put("decision.policyRule", policyRule);
        }
        return s;
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public DecisionKind getKind() {
        return kind;
    }

    public Money getMoney() {
        return amount == null ? null : new Money(amount, currency);
    }

    public String getJustification() {
        return justification;
    }

    public Agent getRequestedBy() {
        return requestedBy;
    }

    public DecisionState getState() {
        return state;
    }

    public List<ApprovalStep> getSteps() {
        return Collections.unmodifiableList(steps);
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public long getVersion() {
        return version;
    }
}
