package com.escalationdesk.approval;

import com.escalationdesk.shared.Boundary;
import com.escalationdesk.audit.AuditAction;
import com.escalationdesk.audit.AuditEntry;
import com.escalationdesk.audit.AuditTrail;
import com.escalationdesk.directory.Agent;
import com.escalationdesk.directory.AuthorityLevel;
import com.escalationdesk.directory.Callers;
import com.escalationdesk.directory.Role;
import com.escalationdesk.notification.NotificationKind;
import com.escalationdesk.notification.Notifier;
import com.escalationdesk.policy.PolicyEngine;
import com.escalationdesk.policy.PolicyFacts;
import com.escalationdesk.policy.PolicyStage;
import com.escalationdesk.policy.PolicyVerdict;
import com.escalationdesk.shared.NotFound;
import com.escalationdesk.shared.RuleViolation;
import com.escalationdesk.shared.StaleCheck;
import com.escalationdesk.ticket.Ticket;
import com.escalationdesk.ticket.TicketLookup;
import com.escalationdesk.ticket.TierPolicy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Hierarchical escalation: agents ask for decisions that may exceed their authority; the approval
 * chain computed from the authority limits decides who must approve, level by level.
 */
@Stateless
@Boundary
public class Approvals {

    @PersistenceContext(unitName = "escalation")
    private EntityManager em;

    @Inject
    private Callers callers;

    @Inject
    private TicketLookup tickets;

    @Inject
    private AuditTrail audit;

    @Inject
    private PolicyEngine policy;

    @Inject
    private Notifier notifier;

    @Inject
    private ApproversToTell approversToTell;

    @Inject
    private Clock clock;

    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<DecisionKindOption> kinds() {
        return em.createNamedQuery(DecisionKind.ACTIVE, DecisionKind.class).getResultStream()
                .map(DecisionKindOption::of).toList();
    }

    /**
     * Asks for a decision on a ticket the caller works. Within the caller's own limit it is decided
     * at once and recorded as such; above it, it waits for its approval chain.
     */
    @RolesAllowed(Role.AGENT_NAME)
    public DecisionRequestView request(NewDecisionRequest request) {
        Agent caller = callers.current();
        RuleViolation.require(request, "Decision request");
        Ticket ticket = tickets.byNumber(request.ticketNumber());
        TierPolicy.requireWork(caller, ticket);
        DecisionKind kind = em.createNamedQuery(DecisionKind.BY_CODE, DecisionKind.class)
                .setParameter("code", request.kindCode() == null ? "" : request.kindCode())
                .getResultStream().filter(DecisionKind::isActive).findFirst()
                .orElseThrow(() -> new RuleViolation("Choose the kind of decision."));
        Money money = kind.isMonetary() ? new Money(request.amount(), request.currency()) : null;
        List<AuthorityLimit> limits = em.createNamedQuery(AuthorityLimit.FOR_KIND, AuthorityLimit.class)
                .setParameter("kind", kind).getResultList();
        PolicyVerdict verdict = policy.verdict(PolicyStage.DECISION,
                PolicyFacts.of(ticket, clock.instant()).withDecision(kind.getCode(), money));
        List<AuthorityLevel> chain = ApprovalChain.levelsFor(caller.getAuthorityLevel(), kind, money, limits,
                verdict.approvalLevel());
        DecisionRequest decision = new DecisionRequest(ticket, kind, money, request.justification(), caller, chain,
                clock.instant());
        decision.governedBy(verdict.version(), verdict.ruleName());
        em.persist(decision);
        em.flush();
        String what = kind.getLabel() + (money == null ? "" : " of " + money);
        audit.record(AuditEntry.ticketChain(ticket.getNumber()), caller.getLoginName(),
                chain.isEmpty() ? AuditAction.DECIDED_WITHIN_AUTHORITY : AuditAction.DECISION_REQUESTED,
                chain.isEmpty()
                        ? what + " decided within " + caller.getDisplayName() + "'s own authority: " + decision.getJustification()
                        : what + " requested, to be approved by " + String.join(" → ",
                                chain.stream().map(AuthorityLevel::label).toList())
                                + (verdict.approvalLevel() == null ? "" : " (" + verdict.describe() + " requires "
                                        + verdict.approvalLevel().label().toLowerCase() + " approval)")
                                + ": " + decision.getJustification(),
                null, decision.auditState());
        if (!chain.isEmpty()) {
            tellApprovers(decision, caller.getDisplayName() + " asks for a " + what.toLowerCase() + " on "
                    + ticket.getNumber() + " (" + ticket.getSubject() + "): " + decision.getJustification());
        }
        if (verdict.matched() && verdict.rule().getNotify() != null) {
            notifier.tell(verdict.rule().getNotify(), NotificationKind.POLICY_ALERT, ticket.getNumber(),
                    "Rule “" + verdict.ruleName() + "”: " + caller.getDisplayName() + " asks for a " + what.toLowerCase()
                            + " on " + ticket.getNumber() + ": " + decision.getJustification());
        }
        return DecisionRequestView.of(decision, false);
    }

    /**
     * The requests waiting for the caller's decision, oldest first: in their own name, or in the name
     * of an approver who delegated to them for today.
     */
    @RolesAllowed(Role.MANAGER_NAME)
    public List<DecisionRequestView> inbox() {
        Agent caller = callers.current();
        List<Agent> standingInFor = delegatorsOf(caller);
        return em.createNamedQuery(DecisionRequest.PENDING, DecisionRequest.class).setMaxResults(1000)
                .getResultStream().map(r -> viewFor(r, caller, standingInFor)).filter(DecisionRequestView::mayDecide)
                .toList();
    }

    @RolesAllowed(Role.MANAGER_NAME)
    public void approve(long requestId, String note) {
        decide(requestId, true, note);
    }

    @RolesAllowed(Role.MANAGER_NAME)
    public void reject(long requestId, String note) {
        decide(requestId, false, note);
    }

    /** Hands the caller's approvals to another approver for a period, both days included. */
    @RolesAllowed(Role.MANAGER_NAME)
    public void delegate(String delegateLogin, LocalDate firstDay, LocalDate lastDay) {
        Agent caller = callers.current();
        Agent delegate = em.createNamedQuery(Agent.BY_LOGIN, Agent.class).setParameter("loginName", delegateLogin)
                .getResultStream().filter(Agent::isActive).findFirst()
                .orElseThrow(() -> new RuleViolation("Choose the approver who stands in for you."));
        Delegation delegation = new Delegation(caller, delegate, firstDay, lastDay, today());
        em.persist(delegation);
        em.flush();
        audit.record(AuditEntry.CONFIGURATION_CHAIN, caller.getLoginName(), AuditAction.DELEGATION_CREATED,
                caller.getDisplayName() + " delegates approvals to " + delegate.getDisplayName() + " from " + firstDay
                        + " to " + lastDay, null, Map.of("delegation", delegation.getId(), "delegate",
                        delegate.getLoginName(), "firstDay", firstDay, "lastDay", lastDay));
    }

    @RolesAllowed(Role.MANAGER_NAME)
    public void revokeDelegation(long delegationId) {
        Agent caller = callers.current();
        Delegation delegation = em.find(Delegation.class, delegationId);
        if (delegation == null || !delegation.getDelegator().sameAs(caller)) {
            throw new NotFound("You have no delegation " + delegationId + ".");
        }
        delegation.revoke();
        audit.record(AuditEntry.CONFIGURATION_CHAIN, caller.getLoginName(), AuditAction.DELEGATION_REVOKED,
                caller.getDisplayName() + " revokes the delegation to " + delegation.getDelegate().getDisplayName(),
                Map.of("delegation", delegationId, "revoked", false), Map.of("delegation", delegationId, "revoked", true));
    }

    /** The caller's delegations, given and received, that are not over. */
    @RolesAllowed(Role.MANAGER_NAME)
    public List<DelegationView> delegations() {
        Agent caller = callers.current();
        return em.createNamedQuery(Delegation.OF, Delegation.class).setParameter("agent", caller)
                .setParameter("day", today()).getResultStream()
                .map(d -> DelegationView.of(d, d.getDelegator().sameAs(caller))).toList();
    }

    /** The other approvers, to delegate to. */
    @RolesAllowed(Role.MANAGER_NAME)
    public List<ApproverOption> approvers() {
        Agent caller = callers.current();
        return em.createNamedQuery(Agent.ALL, Agent.class).getResultStream()
                .filter(a -> a.isActive() && a.getApprovalLevel() != null && !a.sameAs(caller))
                .map(ApproverOption::of).toList();
    }

    /** The decision requests of a ticket, for whoever may see the ticket. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public List<DecisionRequestView> forTicket(String ticketNumber) {
        Agent caller = callers.current();
        Ticket ticket = tickets.byNumber(ticketNumber);
        TierPolicy.requireView(caller, ticket);
        List<Agent> standingInFor = caller.getApprovalLevel() == null ? List.of() : delegatorsOf(caller);
        return em.createNamedQuery(DecisionRequest.FOR_TICKET, DecisionRequest.class).setParameter("ticket", ticket)
                .getResultStream().map(r -> viewFor(r, caller, standingInFor)).toList();
    }

    /** One decision request, for whoever may see its ticket. */
    @RolesAllowed({Role.AGENT_NAME, Role.MANAGER_NAME, Role.ADMIN_NAME})
    public DecisionRequestView view(long requestId) {
        Agent caller = callers.current();
        DecisionRequest request = em.find(DecisionRequest.class, requestId);
        if (request == null) {
            throw new NotFound("There is no decision request " + requestId + ".");
        }
        TierPolicy.requireView(caller, request.getTicket());
        return viewFor(request, caller, caller.getApprovalLevel() == null ? List.of() : delegatorsOf(caller));
    }

    private DecisionRequestView viewFor(DecisionRequest r, Agent caller, List<Agent> standingInFor) {
        if (r.mayBeDecidedBy(caller)) {
            return DecisionRequestView.of(r, true);
        }
        return standingInFor.stream().filter(away -> r.mayBeDecidedBy(caller, away)).findFirst()
                .map(away -> DecisionRequestView.of(r, true, away.getDisplayName()))
                .orElseGet(() -> DecisionRequestView.of(r, false));
    }

    private List<Agent> delegatorsOf(Agent delegate) {
        return em.createNamedQuery(Delegation.ACTIVE_TO, Delegation.class).setParameter("delegate", delegate)
                .setParameter("day", today()).getResultStream().map(Delegation::getDelegator).toList();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private void decide(long requestId, boolean approve, String note) {
        Agent caller = callers.current();
        DecisionRequest request = em.find(DecisionRequest.class, requestId);
        if (request == null) {
            throw new NotFound("There is no decision request " + requestId + ".");
        }
        Map<String, Object> before = request.auditState();
        AuthorityLevel level = request.currentLevel();
        // In their own name when they may; otherwise as the delegate of an approver who is away.
        Agent onBehalfOf = request.mayBeDecidedBy(caller) ? null
                : delegatorsOf(caller).stream().filter(away -> request.mayBeDecidedBy(caller, away)).findFirst().orElse(null);
        if (approve) {
            request.approve(caller, onBehalfOf, note, clock.instant());
        } else {
            request.reject(caller, onBehalfOf, note, clock.instant());
        }
        StaleCheck.flush(em, "decision request " + requestId);
        String what = request.getKind().getLabel() + (request.getMoney() == null ? "" : " of " + request.getMoney());
        AuditAction action = !approve ? AuditAction.DECISION_REJECTED
                : request.getState() == DecisionState.APPROVED ? AuditAction.DECISION_APPROVED
                : AuditAction.DECISION_STEP_APPROVED;
        String by = caller.getDisplayName() + (onBehalfOf == null ? "" : " on behalf of " + onBehalfOf.getDisplayName())
                + " (" + (level == null ? "" : level.label().toLowerCase()) + ")";
        String outcome = what + (approve ? " approved by " : " rejected by ") + by
                + (note == null || note.isBlank() ? "" : ": " + note.strip());
        audit.record(AuditEntry.ticketChain(request.getTicket().getNumber()), caller.getLoginName(), action, outcome,
                before, request.auditState());
        notifier.tell(request.getRequestedBy(), NotificationKind.DECISION_DECIDED, request.getTicket().getNumber(),
                "Your request on " + request.getTicket().getNumber() + ": " + outcome
                        + (action == AuditAction.DECISION_STEP_APPROVED
                                ? "; it now waits for the " + request.currentLevel().label().toLowerCase() : ""));
        if (action == AuditAction.DECISION_STEP_APPROVED) {
            tellApprovers(request, request.getRequestedBy().getDisplayName() + "'s request for a " + what.toLowerCase()
                    + " on " + request.getTicket().getNumber() + " was approved by " + by + " and now needs you: "
                    + request.getJustification());
        }
    }

    private void tellApprovers(DecisionRequest request, String message) {
        notifier.tellAll(approversToTell.of(request), NotificationKind.APPROVAL_NEEDED, request.getTicket().getNumber(), message);
    }
}
