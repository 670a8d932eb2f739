package com.escalationdesk.approval;

import com.escalationdesk.directory.Agent;
import com.escalationdesk.shared.RuleViolation;
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
import java.time.LocalDate;

/** An approver hands their approvals to another approver for a period (holiday, leave), both days included. */
@Entity
@Table(name = "delegation")
@NamedQuery(name = Delegation.ACTIVE_TO, query = "select d from Delegation d where d.delegate = :delegate"
        + " and d.revoked = false and d.firstDay <= :day and d.lastDay >= :day")
@NamedQuery(name = Delegation.ACTIVE_FROM, query = "select d from Delegation d where d.delegator in :delegators"
        + " and d.revoked = false and d.firstDay <= :day and d.lastDay >= :day")
@NamedQuery(name = Delegation.OF, query = "select d from Delegation d where (d.delegator = :agent or d.delegate = :agent)"
        + " and d.revoked = false and d.lastDay >= :day order by d.firstDay")
public class Delegation {

    public static final String ACTIVE_TO = "Delegation.activeTo";
    public static final String OF = "Delegation.of";
    public static final String ACTIVE_FROM = "Delegation.activeFrom";

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "delegation_seq")
    @SequenceGenerator(name = "delegation_seq", sequenceName = "delegation_seq", allocationSize = 1)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "delegator_id", nullable = false)
    private Agent delegator;

    @ManyToOne(optional = false)
    @JoinColumn(name = "delegate_id", nullable = false)
    private Agent delegate;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    @Column(name = "revoked", nullable = false)
    private boolean revoked;

    protected Delegation() {
        // for JPA
    }

    public Delegation(Agent delegator, Agent delegate, LocalDate firstDay, LocalDate lastDay, LocalDate today) {
        this.delegator = RuleViolation.require(delegator, "Who delegates");
        this.delegate = RuleViolation.require(delegate, "The delegate");
        this.firstDay = RuleViolation.require(firstDay, "The first day");
        this.lastDay = RuleViolation.require(lastDay, "The last day");
        if (delegator.getApprovalLevel() == null) {
            throw new RuleViolation("Only approvers delegate their approvals.");
        }
        if (delegate.getApprovalLevel() == null) {
            throw new RuleViolation(delegate.getDisplayName() + " is not an approver.");
        }
        if (delegate.sameAs(delegator)) {
            throw new RuleViolation("Delegate to someone else.");
        }
        if (lastDay.isBefore(firstDay)) {
            throw new RuleViolation("The last day cannot be before the first.");
        }
        if (lastDay.isBefore(today)) {
            throw new RuleViolation("The period is already over.");
        }
    }

    public void revoke() {
        revoked = true;
    }

    public boolean isActiveOn(LocalDate day) {
        return !revoked && !day.isBefore(firstDay) && !day.isAfter(lastDay);
    }

    public Long getId() {
        return id;
    }

    public Agent getDelegator() {
        return delegator;
    }

    public Agent getDelegate() {
        return delegate;
    }

    public LocalDate getFirstDay() {
        return firstDay;
    }

    public LocalDate getLastDay() {
        return lastDay;
    }
}
