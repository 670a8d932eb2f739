package com.escalationdesk.approval;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.AuthorityLevel;
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

/** One level's decision on a request: who, at which level, approve or reject, and the note. */
@Entity
@Table(name = "decision_approval")
public class ApprovalStep {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_approval_seq")
    @SequenceGenerator(name = "decision_approval_seq", sequenceName = "decision_approval_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "request_id", nullable = false)
    private DecisionRequest request;

    @Enumerated(EnumType.STRING)
    @Column(name = "authority_level", nullable = false, length = 20)
    private AuthorityLevel level;

    @ManyToOne(optional = false)
    @JoinColumn(name = "approver_id", nullable = false)
    private Agent approver;

    /** The approver who was away and delegated this decision, when a delegate decided it. */
    @ManyToOne
    @JoinColumn(name = "on_behalf_of_id")
    private Agent onBehalfOf;

    @Column(name = "approved", nullable = false)
    private boolean approved;

    @Column(name = "note", length = 2000)
    private String note;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    protected ApprovalStep() {
        // for JPA
    }

    ApprovalStep(DecisionRequest request, AuthorityLevel level, Agent approver, Agent onBehalfOf, boolean approved,
            String note, Instant at) {
        this.request = request;
        this.level = level;
        this.approver = approver;
        this.onBehalfOf = onBehalfOf;
        this.approved = approved;
        this.note = note;
        this.decidedAt = at;
    }

    public AuthorityLevel getLevel() {
        return level;
    }

    public Agent getApprover() {
        return approver;
    }

    public Agent getOnBehalfOf() {
        return onBehalfOf;
    }

    public boolean isApproved() {
        return approved;
    }

    public String getNote() {
        return note;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }
}
