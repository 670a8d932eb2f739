package com.escalationdesk.escalation;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.Team;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.ticket.Ticket;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One move of a ticket to another team (functional) or up the chain (hierarchical), with the
 * reason, the handoff summary and the receiving side's decision. Changed only through its ticket.
 */
@Entity
@Table(name = "escalation")
@NamedQuery(name = Escalation.PENDING_FOR_TEAM, query = "select e from Escalation e where e.toTeam = :team"
        + " and e.state = com.escalationdesk.escalation.EscalationState.REQUESTED order by e.requestedAt")
@NamedQuery(name = Escalation.ALL_PENDING, query = "select e from Escalation e"
        + " where e.state = com.escalationdesk.escalation.EscalationState.REQUESTED order by e.requestedAt")
@NamedQuery(name = Escalation.PENDING_FOR_TEAMS, query = "select e from Escalation e"
        + " where e.state = com.escalationdesk.escalation.EscalationState.REQUESTED"
        + " and (e.fromTeam in :teams or e.toTeam in :teams) order by e.requestedAt")
public class Escalation {

    public static final String PENDING_FOR_TEAMS = "Escalation.pendingForTeams";
    public static final String PENDING_FOR_TEAM = "Escalation.pendingForTeam";
    public static final String ALL_PENDING = "Escalation.allPending";
    static final int MAX_NOTE = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "escalation_seq")
    @SequenceGenerator(name = "escalation_seq", sequenceName = "escalation_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "ticket_id", nullable = false)
    private Ticket ticket;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private EscalationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, length = 20)
    private EscalationReason reason;

    @ManyToOne(optional = false)
    @JoinColumn(name = "from_team_id", nullable = false)
    private Team fromTeam;

    @ManyToOne(optional = false)
    @JoinColumn(name = "requested_by_id", nullable = false)
    private Agent requestedBy;

    @ManyToOne(optional = false)
    @JoinColumn(name = "to_team_id", nullable = false)
    private Team toTeam;

    @Embedded
    private HandoffSummary handoff;

    /** The receiving agent's rating of the handoff, if they gave one on accepting or returning. */
    @Embedded
    private HandoffRating handoffRating;

    @Enumerated(EnumType.STRING)
    @Column(name = "state", nullable = false, length = 20)
    private EscalationState state;

    @ManyToOne
    @JoinColumn(name = "decided_by_id")
    private Agent decidedBy;

    @Column(name = "decision_note", length = MAX_NOTE)
    private String decisionNote;

    @Column(name = "requested_at", nullable = false)
    private Instant requestedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    /** The policy version and rule that applied when the escalation was made (no rule: none matched). */
    @Column(name = "policy_version")
    private Integer policyVersion;

    @Column(name = "policy_rule", length = 100)
    private String policyRule;

    /** The team the policy proposed; differs from {@link #toTeam} when the agent went against the policy. */
    @ManyToOne
    @JoinColumn(name = "proposed_team_id")
    private Team proposedTeam;

    @Column(name = "against_policy", nullable = false)
    private boolean againstPolicy;

    /** When the receiving team should have accepted it by; after that a pending escalation is overdue. */
    @Column(name = "accept_by")
    private Instant acceptBy;

    @Version
    @Column(name = "version")
    private long version;

    protected Escalation() {
        // for JPA
    }

    private Escalation(Ticket ticket, EscalationKind kind, Team fromTeam, Agent requestedBy, Team toTeam,
            EscalationReason reason, HandoffSummary handoff, Instant now) {
        this.ticket = ticket;
        this.kind = kind;
        this.fromTeam = RuleViolation.require(fromTeam, "Sending team");
        this.requestedBy = RuleViolation.require(requestedBy, "Requesting agent");
        this.toTeam = RuleViolation.require(toTeam, "Target team");
        this.reason = RuleViolation.require(reason, "Escalation reason");
        this.handoff = RuleViolation.require(handoff, "Handoff summary");
        this.state = EscalationState.REQUESTED;
        this.requestedAt = now;
    }

    /** Only {@link Ticket#escalateFunctionally} creates functional escalations, so the ticket moves with them. */
    public static Escalation functional(Ticket ticket, Team fromTeam, Agent requestedBy, Team toTeam,
            EscalationReason reason, HandoffSummary handoff, Instant now) {
        return new Escalation(ticket, EscalationKind.FUNCTIONAL, fromTeam, requestedBy, toTeam, reason, handoff, now);
    }

    /** Called through {@link Ticket#acceptEscalation}, which also hands the ticket over. */
    public void accept(Agent acceptor, Instant now) {
        requirePending("accepted");
        requireReceiver(acceptor, "accept");
        state = EscalationState.ACCEPTED;
        decidedBy = acceptor;
        decidedAt = now;
    }

    /** Called through {@link Ticket#returnEscalation}, which also moves the ticket back. */
    public void returnToSender(Agent returner, String why, Instant now) {
        String note = RuleViolation.requireText(why, "A reason for returning the escalation", MAX_NOTE);
        requirePending("returned");
        requireReceiver(returner, "return");
        state = EscalationState.RETURNED;
        decidedBy = returner;
        decisionNote = note;
        decidedAt = now;
    }

    /**
     * The receiving agent rates the handoff while accepting or returning it (the same transaction),
     * once. A rating of nothing is no rating.
     */
    public void rateHandoff(HandoffRating rating) {
        if (rating == null) {
            return;
        }
        if (state != EscalationState.ACCEPTED && state != EscalationState.RETURNED) {
            throw new RuleViolation("A handoff is rated when its escalation is accepted or returned.");
        }
        if (hasRating()) {
            throw new RuleViolation("This handoff was rated already.");
        }
        handoffRating = rating;
    }

    /** An embedded rating whose columns are all null may be loaded as an empty object rather than as null. */
    public boolean hasRating() {
        return handoffRating != null && handoffRating.given();
    }

    public HandoffRating getHandoffRating() {
        return hasRating() ? handoffRating : null;
    }

    /** Called through {@link Ticket#withdrawEscalation}, which also moves the ticket back. */
    public void withdraw(Agent withdrawer, Instant now) {
        requirePending("withdrawn");
        RuleViolation.require(withdrawer, "Agent");
        if (!withdrawer.isMemberOf(fromTeam)) {
            throw new RuleViolation("Only members of " + fromTeam.getName() + " can withdraw this escalation.");
        }
        state = EscalationState.WITHDRAWN;
        decidedBy = withdrawer;
        decidedAt = now;
    }

    private void requirePending(String verb) {
        if (state != EscalationState.REQUESTED) {
            throw new RuleViolation("This escalation was already " + state.label().toLowerCase()
                    + (decidedBy == null ? "" : " by " + decidedBy.getDisplayName())
                    + "; it cannot be " + verb + " again.");
        }
    }

    private void requireReceiver(Agent agent, String verb) {
        RuleViolation.require(agent, "Agent");
        if (!agent.isMemberOf(toTeam)) {
            throw new RuleViolation("Only members of " + toTeam.getName() + " can " + verb + " this escalation.");
        }
    }

    public boolean isPending() {
        return state == EscalationState.REQUESTED;
    }

    /**
     * Records the policy that governed the escalation: its version and rule, the team it proposed
     * (none when no rule matched), and the time by which the receiving team must accept.
     */
    public void governedBy(int version, String rule, Team proposed, Instant acceptBy) {
        this.policyVersion = version;
        this.policyRule = rule;
        this.proposedTeam = proposed;
        this.againstPolicy = proposed != null && !proposed.sameAs(toTeam);
        this.acceptBy = acceptBy;
    }

    /** Still waiting for the receiving team after the time the policy gave it. */
    public boolean isOverdue(Instant now) {
        return isPending() && acceptBy != null && now.isAfter(acceptBy);
    }

    /** The ticket's audit state with this escalation's, under "escalation.", as its audit entries record it. */
    public Map<String, Object> auditStateWithTicket() {
        Map<String, Object> state = new LinkedHashMap<>(ticket.auditState());
        auditState().forEach((k, v) -> state.put("escalation." + k, v));
        return state;
    }

    public Map<String, Object> auditState() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("kind", kind);
        s.put("reason", reason);
        s.put("state", state);
        s.put("fromTeam", fromTeam.getName());
        s.put("toTeam", toTeam.getName());
        s.put("decidedBy", decidedBy == null ? null : decidedBy.getLoginName());
        s.put("decisionNote", decisionNote);
        if (hasRating()) {
            s.put("handoffRating", handoffRating.auditState());
        }
        if (policyVersion != null) {
            s.put("policyVersion", policyVersion);
            s.put("policyRule", policyRule);
            s.put("proposedTeam", proposedTeam == null ? null : proposedTeam.getName());
            s.put("againstPolicy", againstPolicy);
            s.put("acceptBy", acceptBy);
        }
        return s;
    }

    public Long getId() {
        return id;
    }

    public Ticket getTicket() {
        return ticket;
    }

    public EscalationKind getKind() {
        return kind;
    }

    public EscalationReason getReason() {
        return reason;
    }

    public Team getFromTeam() {
        return fromTeam;
    }

    public Agent getRequestedBy() {
        return requestedBy;
    }

    public Team getToTeam() {
        return toTeam;
    }

    public HandoffSummary getHandoff() {
        return handoff;
    }

    public EscalationState getState() {
        return state;
    }

    public Agent getDecidedBy() {
        return decidedBy;
    }

    public String getDecisionNote() {
        return decisionNote;
    }

    public Instant getRequestedAt() {
        return requestedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public Integer getPolicyVersion() {
        return policyVersion;
    }

    public String getPolicyRule() {
        return policyRule;
    }

    public Team getProposedTeam() {
        return proposedTeam;
    }

    public boolean isAgainstPolicy() {
        return againstPolicy;
    }

    public Instant getAcceptBy() {
        return acceptBy;
    }

    public long getVersion() {
        return version;
    }
}
